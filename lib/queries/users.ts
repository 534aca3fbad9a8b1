import "server-only";
import { prisma } from "@/lib/db";

/** The workspace's accounts, active ones first, by email; uncached, so an admin sees a change at once. */
export function listUsers() {
  return prisma.user.findMany({ orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }] });
}
