import type { PrismaClient } from "@/lib/prisma-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "@/lib/auth/password";
import { admitAttempt, settleSuccess, throttleKeys } from "@/lib/auth/throttle";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

export type AuthenticationResult =
  { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email and password. The answer for an unknown email, a wrong password and a
 * disabled account is the same "invalid", reached in the same time. The attempt is counted
 * (lib/auth/throttle.ts) before the password is checked; while the account or the address
 * must wait, the password is not even checked.
 */
export async function authenticate(db: PrismaClient, input: { email: string; password: string; address: string }): Promise<AuthenticationResult> {
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, input.address);
  const gate = await admitAttempt(db, [keys.account, keys.address]);
  if (!gate.admitted) return { ok: false, reason: "throttled", retryAfterSeconds: gate.retryAfterSeconds };

  const user = email ? await db.user.findUnique({ where: { email }, omit: { passwordHash: false } }) : null;
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt) return { ok: false, reason: "invalid" };
  await settleSuccess(db, keys);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
