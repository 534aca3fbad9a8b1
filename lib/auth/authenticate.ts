import type { PrismaClient } from "@/lib/prisma-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "@/lib/auth/password";
import { admitAttempt, settleSuccess, throttleKeys } from "@/lib/auth/throttle";
import { checkTotp, hashRecoveryCode, openSecret } from "@/lib/auth/two-factor";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  /** The password was right and the account has a second factor: ask for its code. */
  | { ok: false; reason: "secondFactor" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email, password and, where the account has a second factor, its code (from the
 * authenticator app, or a recovery code, which is then used up). The answer for an unknown
 * email, a wrong password and a disabled account is the same "invalid", reached in the same
 * time; only the right password of an account with a second factor hears "secondFactor".
 * The attempt is counted (lib/auth/throttle.ts) before anything is checked; while the
 * account or the address must wait, nothing is even checked. A failure of a known account
 * is counted on it for the users page; a success clears that count.
 */
export async function authenticate(
  db: PrismaClient,
  input: { email: string; password: string; code?: string; address: string },
  now = new Date(),
): Promise<AuthenticationResult> {
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, input.address);
  const gate = await admitAttempt(db, [keys.account, keys.address]);
  if (!gate.admitted) return { ok: false, reason: "throttled", retryAfterSeconds: gate.retryAfterSeconds };

  const user = email ? await db.user.findUnique({ where: { email }, omit: { passwordHash: false } }) : null;
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || user.disabledAt) return { ok: false, reason: "invalid" };
  const failed = async (): Promise<AuthenticationResult> => {
    await db.user.update({ where: { id: user.id }, data: { failedSignIns: { increment: 1 }, lastFailedAt: now } });
    return { ok: false, reason: "invalid" };
  };
  if (!passwordOk) return failed();
  if (user.totpEnabledAt && user.totpSecret) {
    if (!input.code?.trim()) return { ok: false, reason: "secondFactor" };
    if (!(await secondFactorAccepted(db, user.id, openSecret(user.totpSecret), user.totpLastStep, input.code, now))) return failed();
  }
  await settleSuccess(db, keys);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now, failedSignIns: 0 } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** A current app code not used before, or an unused recovery code, which this uses up. */
async function secondFactorAccepted(db: PrismaClient, userId: string, secret: string, lastStep: number | null, code: string, now: Date): Promise<boolean> {
  const step = await checkTotp(secret, code, lastStep);
  if (step !== null) {
    // Conditional, so of two sign-ins with the same code at the same moment only one counts.
    const { count } = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1;
  }
  const { count } = await db.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
  return count === 1;
}
