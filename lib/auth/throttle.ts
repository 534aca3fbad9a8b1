import type { PrismaClient } from "@/lib/prisma-client";

/**
 * How sign-in attempts are slowed, per counter. Each attempt is counted before its password
 * is checked; `free` attempts pass at once, and each one after that makes the next attempt
 * wait `wait(n)` seconds, n being the attempts counted so far.
 */
export type ThrottlePolicy = { free: number; wait: (attempts: number) => number };

/**
 * One client address, whatever account it tries: 10 free attempts, then 2, 4, 8 … seconds,
 * at most 15 minutes. This is what stops a client spraying many accounts. E.g. the 13th
 * attempt from an address → the next waits 2^(13−10) = 8 s.
 */
export const ADDRESS_POLICY: ThrottlePolicy = {
  free: 10,
  wait: (attempts) => (attempts <= 10 ? 0 : Math.min(2 ** (attempts - 10), 15 * 60)),
};

/**
 * One account, from any address: 5 free attempts, then one second more per attempt, at most
 * a minute, so failures from someone else's address never lock the holder out for long. E.g.
 * the 8th attempt at an account → the next waits 8 − 5 = 3 s.
 */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  free: 5,
  wait: (attempts) => (attempts <= 5 ? 0 : Math.min(attempts - 5, 60)),
};

// A counter quiet for a day starts again, and is then deleted.
const FORGET_AFTER_HOURS = 24;

export type ThrottleKey = { key: string; policy: ThrottlePolicy };

/** The two counters of a sign-in attempt. */
export function throttleKeys(email: string, address: string): { account: ThrottleKey; address: ThrottleKey } {
  return { account: { key: `account:${email}`, policy: ACCOUNT_POLICY }, address: { key: `address:${address}`, policy: ADDRESS_POLICY } };
}

type Counter = { key: string; attempts: number; lockedUntil: Date | null; updatedAt: Date };

/**
 * Counts an attempt against every key, unless one of them is still locked: then nothing is
 * counted and the answer is how long to wait. The keys' rows are locked for the moment of
 * the decision, so of simultaneous attempts each sees the count the one before it left (the
 * probe's 20 simultaneous guesses had 10–11 checked under a 3-free policy).
 */
export async function admitAttempt(
  db: PrismaClient,
  keys: ThrottleKey[],
  now = new Date(),
): Promise<{ admitted: true } | { admitted: false; retryAfterSeconds: number }> {
  await forgetQuietCounters(db);
  const names = keys.map((k) => k.key).sort(); // one lock order for every attempt: no deadlock
  return db.$transaction(async (tx) => {
    for (const key of names) {
      await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "attempts", "updatedAt") VALUES (${key}, 0, now()) ON CONFLICT ("key") DO NOTHING`;
    }
    const rows = await tx.$queryRaw<Counter[]>`
      SELECT "key", "attempts", "lockedUntil", "updatedAt" FROM "SignInThrottle" WHERE "key" = ANY(${names}) ORDER BY "key" FOR UPDATE`;
    const locked = Math.max(0, ...rows.map((row) => (row.lockedUntil ? Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000) : 0)));
    if (locked > 0) return { admitted: false as const, retryAfterSeconds: locked };
    const forgetBefore = now.getTime() - FORGET_AFTER_HOURS * 3600_000;
    for (const { key, policy } of keys) {
      const row = rows.find((r) => r.key === key)!;
      const attempts = row.updatedAt.getTime() < forgetBefore ? 1 : row.attempts + 1;
      const wait = policy.wait(attempts);
      await tx.signInThrottle.update({ where: { key }, data: { attempts, lockedUntil: wait > 0 ? new Date(now.getTime() + wait * 1000) : null } });
    }
    return { admitted: true as const };
  });
}

/**
 * After the right password: the account starts afresh, and the address gets its attempt
 * back (an office behind one address must not use up its free attempts by signing in).
 */
export async function settleSuccess(db: PrismaClient, keys: { account: ThrottleKey; address: ThrottleKey }): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keys.account.key } });
  await db.$executeRaw`
    UPDATE "SignInThrottle" SET "attempts" = GREATEST("attempts" - 1, 0),
      "lockedUntil" = CASE WHEN "attempts" - 1 <= ${keys.address.policy.free} THEN NULL ELSE "lockedUntil" END
    WHERE "key" = ${keys.address.key}`;
}

/** Deletes counters quiet for a day and not locked, so a flood of attempts leaves a bounded table. */
async function forgetQuietCounters(db: PrismaClient): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "SignInThrottle"
    WHERE "updatedAt" < now() - make_interval(hours => ${FORGET_AFTER_HOURS}) AND ("lockedUntil" IS NULL OR "lockedUntil" < now())`;
}
