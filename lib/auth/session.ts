import { cache } from "react";
import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import type { Actor } from "@/lib/auth/permissions";
import { findSessionActor } from "@/lib/auth/sessions";

/**
 * The signed-in person for this request, or null. The cookie only names a session; the
 * session and the role come from the database, so a cookie whose session was signed out
 * (here or everywhere) or whose account is disabled counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sessionId?: unknown } | null;
  if (!session?.userId || typeof session.sessionId !== "string") return null;
  return findSessionActor(prisma, { id: session.sessionId, userId: session.userId });
});
