import type { PrismaClient } from "@/lib/prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pendingSetup, type Actor } from "@/lib/auth/permissions";

type Db = PrismaClient | Prisma.TransactionClient;

/** How long a session lasts without use; each use within the second half renews it. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const expiry = (from: Date) => new Date(from.getTime() + SESSION_MAX_AGE_SECONDS * 1000);

/**
 * A new session for a person who just signed in; its id goes into their cookie. Sessions
 * that have ended or expired, anyone's, are deleted on the way.
 */
export async function startSession(db: PrismaClient, userId: string, now = new Date()): Promise<string> {
  await db.session.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { endedAt: { not: null } }] } });
  const session = await db.session.create({ data: { userId, expiresAt: expiry(now) }, select: { id: true } });
  return session.id;
}

/**
 * The person a cookie's session belongs to, or null when the session has ended (signed out,
 * signed out everywhere, account disabled), expired, or names another person. One query;
 * a write only when more than half the session's time has passed, to renew it.
 */
export async function findSessionActor(db: PrismaClient, session: { id: string; userId: string }, now = new Date()): Promise<Actor | null> {
  const row = await db.session.findUnique({
    where: { id: session.id },
    select: {
      userId: true,
      expiresAt: true,
      endedAt: true,
      user: {
        select: { id: true, email: true, name: true, role: true, countryCode: true, disabledAt: true, mustChangePassword: true, totpEnabledAt: true },
      },
    },
  });
  if (!row || row.endedAt || row.expiresAt <= now || row.userId !== session.userId || row.user.disabledAt) return null;
  if (row.expiresAt.getTime() - now.getTime() < (SESSION_MAX_AGE_SECONDS * 1000) / 2) {
    await db.session.update({ where: { id: session.id }, data: { expiresAt: expiry(now) } });
  }
  const { id, email, name, role, countryCode } = row.user;
  return { id, email, name, role, countryCode, setup: pendingSetup(row.user), sessionId: session.id };
}

/** Signing out: this browser's session ends, a copy of its cookie included. */
export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/**
 * "Sign out everywhere", an account disabled, a password or second factor changed: every
 * session of the person ends, but for `except` (the browser that changed the password).
 */
export async function endAllSessions(db: Db, userId: string, except?: string): Promise<number> {
  const { count } = await db.session.updateMany({
    where: { userId, endedAt: null, ...(except ? { id: { not: except } } : {}) },
    data: { endedAt: new Date() },
  });
  return count;
}
