import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sessions";
import { checkTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, openSecret, sealSecret } from "@/lib/auth/two-factor";
import { changePasswordSchema, resetPasswordSchema, totpCodeSchema } from "@/lib/validation/users";
import { invalid, mutate, MutationError, writeAudit, type MutationResult, type Tx } from "@/lib/records/mutation";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { isDatabaseUnreachable } from "@/lib/database-unavailable";

// What a person does to their own account, and the password reset link an administrator
// issues (lib/records/users.ts). Each is audited as an "event" on the user.

export type AccountEvent =
  "passwordChanged" | "passwordResetIssued" | "passwordReset" | "twoFactorEnabled" | "twoFactorDisabled" | "twoFactorReset" | "recoveryCodesRenewed";

/** An audit entry that a thing happened to an account; no secret is ever in it. */
export function auditAccountEvent(tx: Tx, actor: Actor, userId: string, event: AccountEvent): Promise<void> {
  return writeAudit(tx, { actor, entity: "user", entityId: userId, action: "UPDATE", before: null, after: { event } });
}

const own = (actor: Actor) => ({ id: actor.id, version: 1 });

/**
 * Changes the signed-in person's password after checking the current one, and ends their
 * other sessions (a thief signed in elsewhere is out). A forced change clears the flag.
 */
export function changeOwnPassword(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "account:own", changePasswordSchema({ email: actor?.email ?? "", name: actor?.name ?? "" }), input, async (me, data) => {
    const user = await db.user.findUniqueOrThrow({ where: { id: me.id }, omit: { passwordHash: false } });
    if (!(await verifyPassword(user.passwordHash, data.currentPassword))) invalid({ currentPassword: { key: "validation.passwordWrong" } });
    if (await verifyPassword(user.passwordHash, data.newPassword)) invalid({ newPassword: { key: "validation.passwordSame" } });
    const passwordHash = await hashPassword(data.newPassword);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: me.id }, data: { passwordHash, mustChangePassword: false } });
      await endAllSessions(tx, me.id, me.sessionId);
      await auditAccountEvent(tx, me, me.id, "passwordChanged");
    });
    return own(me);
  });
}

/**
 * The first step of setting up the second factor: a new secret, kept until a code from it
 * confirms it (confirmTwoFactor). Refused while a second factor is on.
 */
export function beginTwoFactor(db: PrismaClient, actor: Actor | null): Promise<MutationResult> {
  return mutate(actor, "account:own", z.object({}), {}, async (me) => {
    const { count } = await db.user.updateMany({
      where: { id: me.id, totpEnabledAt: null },
      data: { totpSecret: sealSecret(newTotpSecret()), totpLastStep: null },
    });
    if (count === 0) throw new MutationError({ ok: false, error: "conflict" });
    return own(me);
  });
}

/** Turns the second factor on with a code from the new secret; reveals ten recovery codes once. */
export function confirmTwoFactor(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "account:own", totpCodeSchema, input, async (me, { code }) => {
    const user = await db.user.findUniqueOrThrow({ where: { id: me.id }, select: { totpSecret: true, totpEnabledAt: true } });
    const secret = user.totpSecret && !user.totpEnabledAt ? openSecret(user.totpSecret) : null;
    if (!secret) throw new MutationError({ ok: false, error: "conflict" });
    const step = await checkTotp(secret, code, null);
    if (step === null) invalid({ code: { key: "validation.totpWrong" } });
    const codes = newRecoveryCodes();
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: me.id }, data: { totpEnabledAt: new Date(), totpLastStep: step } });
      await replaceRecoveryCodes(tx, me.id, codes);
      await auditAccountEvent(tx, me, me.id, "twoFactorEnabled");
    });
    return { ...own(me), reveal: codes };
  });
}

/** New recovery codes for old ones (a current app code proves the phone is at hand). */
export function renewRecoveryCodes(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "account:own", totpCodeSchema, input, async (me, { code }) => {
    await useOwnCode(db, me, code);
    const codes = newRecoveryCodes();
    await db.$transaction(async (tx) => {
      await replaceRecoveryCodes(tx, me.id, codes);
      await auditAccountEvent(tx, me, me.id, "recoveryCodesRenewed");
    });
    return { ...own(me), reveal: codes };
  });
}

/** Turns one's own second factor off, with a current code; administrators must keep theirs. */
export function disableOwnTwoFactor(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "account:own", totpCodeSchema, input, async (me, { code }) => {
    if (me.role === "ADMIN") throw new MutationError({ ok: false, error: "forbidden" });
    await useOwnCode(db, me, code);
    await db.$transaction(async (tx) => {
      await clearSecondFactor(tx, me.id);
      await auditAccountEvent(tx, me, me.id, "twoFactorDisabled");
    });
    return own(me);
  });
}

async function useOwnCode(db: PrismaClient, me: Actor, code: string): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: me.id }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user.totpSecret || !user.totpEnabledAt) throw new MutationError({ ok: false, error: "conflict" });
  const step = await checkTotp(openSecret(user.totpSecret), code, user.totpLastStep);
  if (step === null) invalid({ code: { key: "validation.totpWrong" } });
  await db.user.update({ where: { id: me.id }, data: { totpLastStep: step } });
}

async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]): Promise<void> {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
}

/** No second factor: secret, recovery codes and the last step go. */
export async function clearSecondFactor(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
  await tx.recoveryCode.deleteMany({ where: { userId } });
}

/** How long a reset link works. */
export const RESET_LINK_HOURS = 24;

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A one-time reset link's token for `userId` (the administrator's part is in
 * lib/records/users.ts). Earlier unused links of the person stop working; only the
 * token's hash is stored.
 */
export async function createResetToken(tx: Tx, userId: string, createdById: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await tx.passwordReset.create({
    data: { userId, tokenHash: tokenHash(token), createdById, expiresAt: new Date(now.getTime() + RESET_LINK_HOURS * 3600_000) },
  });
  return token;
}

/** Whom a reset link is for, while it still works; null when used, expired or unknown. */
export async function findResetLink(db: PrismaClient, token: string, now = new Date()): Promise<Actor | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= now || reset.user.disabledAt) return null;
  const { id, email, name, role } = reset.user;
  return { id, email, name, role };
}

export type ResetResult = { ok: true } | { ok: false; error: "linkInvalid" | "invalid" | "unavailable"; fieldErrors?: ReturnType<typeof fieldErrorsOf> };

/**
 * Sets a new password through a reset link, which is used up in the same transaction (of
 * two simultaneous uses, one wins). Every session of the person ends; a second factor stays.
 */
export async function redeemPasswordReset(db: PrismaClient, token: string, input: unknown, now = new Date()): Promise<ResetResult> {
  try {
    const person = await findResetLink(db, token, now);
    if (!person) return { ok: false, error: "linkInvalid" };
    const parsed = resetPasswordSchema(person).safeParse(input);
    if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
    const passwordHash = await hashPassword(parsed.data.newPassword);
    return await db.$transaction(async (tx) => {
      const { count } = await tx.passwordReset.updateMany({
        where: { tokenHash: tokenHash(token), usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (count !== 1) return { ok: false as const, error: "linkInvalid" as const };
      await tx.user.update({ where: { id: person.id }, data: { passwordHash, mustChangePassword: false } });
      await endAllSessions(tx, person.id);
      await auditAccountEvent(tx, person, person.id, "passwordReset");
      return { ok: true as const };
    });
  } catch (error) {
    if (isDatabaseUnreachable(error)) return { ok: false, error: "unavailable" };
    throw error;
  }
}
