import type { PrismaClient } from "@/lib/prisma-client";

/** Failures allowed before any wait. */
export const FREE_FAILURES = 3;
const MAX_WAIT_SECONDS = 15 * 60;
// A key's failures are forgotten after a quiet day.
const FORGET_AFTER_HOURS = 24;

/**
 * Seconds to wait after the nth consecutive failure: none for the first three, then
 * 2, 4, 8 … seconds, at most 15 minutes. E.g. the 6th failure → 2^(6−3) = 8 s.
 */
export function waitAfterFailures(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS);
}

export function throttleKeys(email: string, address: string): string[] {
  return [`account:${email}`, `address:${address}`];
}

/** Seconds until the longest lock among the keys ends; 0 when none is locked. */
export async function secondsLocked(db: PrismaClient, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  return Math.max(0, ...rows.map((row) => Math.ceil((row.lockedUntil!.getTime() - now.getTime()) / 1000)));
}

/** Counts a failure against each key (atomically) and locks it for the growing wait. */
export async function recordFailure(db: PrismaClient, keys: string[]): Promise<void> {
  for (const key of keys) {
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "SignInThrottle" ("key", "failures", "updatedAt") VALUES (${key}, 1, now())
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."updatedAt" < now() - make_interval(hours => ${FORGET_AFTER_HOURS}) THEN 1
                          ELSE "SignInThrottle"."failures" + 1 END,
        "updatedAt" = now()
      RETURNING "failures"`;
    const wait = waitAfterFailures(row?.failures ?? 1);
    if (wait > 0) await db.signInThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() + wait * 1000) } });
  }
}

export async function clearFailures(db: PrismaClient, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
