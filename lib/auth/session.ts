import { cache } from "react";
import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { assertAllowed, type Actor, type Permission } from "@/lib/auth/permissions";

/**
 * The signed-in person for this request, or null. The role comes from the database, not
 * the cookie, and a token whose session version is stale (signed out everywhere) or whose
 * account is disabled counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sessionVersion?: number } | null;
  if (!session?.userId) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For pages and route handlers: the signed-in person if they may do `permission`. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  return assertAllowed(await getCurrentUser(), permission);
}
