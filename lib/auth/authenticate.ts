import type { PrismaClient } from "@/lib/prisma-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "@/lib/auth/password";
import { clearFailures, recordFailure, secondsLocked, throttleKeys } from "@/lib/auth/throttle";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email and password. The answer for an unknown email, a wrong password and a
 * disabled account is the same "invalid", reached in the same time; while the account or
 * the address is locked after repeated failures, the password is not even checked.
 */
export async function authenticate(db: PrismaClient, input: { email: string; password: string; address: string }): Promise<AuthenticationResult> {
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, input.address);
  const locked = await secondsLocked(db, keys);
  if (locked > 0) return { ok: false, reason: "throttled", retryAfterSeconds: locked };

  const user = email
    ? await db.user.findUnique({ where: { email }, omit: { passwordHash: false } })
    : null;
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordFailure(db, keys);
    return { ok: false, reason: "invalid" };
  }
  // A success clears the account and the address (an office behind one NAT shares it).
  for (const key of keys) await clearFailures(db, key);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
