import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { createTranslator } from "use-intl/core";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sessions";
import { sendMail } from "@/lib/mail";
import type { Locale } from "@/lib/i18n/routing";
import { MESSAGES } from "@/lib/i18n/messages";
import { newUserSchema, userDisabledSchema, userIdSchema, userProfileSchema } from "@/lib/validation/users";
import { auditAccountEvent, clearSecondFactor, createResetToken, RESET_LINK_HOURS } from "@/lib/records/accounts";
import { invalid, mutate, MutationError, writeAudit, type MutationResult, type Tx } from "@/lib/records/mutation";

type NewUser = z.output<typeof newUserSchema>;

const userSnapshot = (u: {
  email: string;
  name: string;
  role: Role;
  organisation: string | null;
  countryCode: string | null;
  disabledAt: Date | null;
  mustChangePassword: boolean;
}) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  organisation: u.organisation,
  countryCode: u.countryCode,
  mustChangePassword: u.mustChangePassword,
  disabledAt: u.disabledAt?.toISOString() ?? null,
});

/** A password for an account an administrator creates without typing one: 20 characters, about 119 bits. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

/**
 * Creates an account. Used by `npm run user:create` (the first admin, no actor: the
 * password is theirs) and by admins in the workspace (audited; the password, typed or
 * generated and shown once, is the administrator's, so the person must choose their own
 * at first sign-in).
 */
export async function insertUser(db: PrismaClient, data: NewUser, actor: Actor | null): Promise<{ id: string; version: number; reveal?: string[] }> {
  const generated = data.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(data.password ?? generated!);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) invalid({ email: { key: "validation.emailTaken" } });
    await assertCountry(tx, data.countryCode);
    const user = await tx.user.create({
      data: {
        email: data.email,
        name: data.name,
        organisation: data.organisation,
        countryCode: data.countryCode,
        role: data.role,
        passwordHash,
        mustChangePassword: actor !== null,
      },
    });
    if (actor) await writeAudit(tx, { actor, entity: "user", entityId: user.id, action: "CREATE", before: null, after: userSnapshot(user) });
    return { id: user.id, version: 1, ...(generated ? { reveal: [generated] } : {}) };
  });
}

export function createUser(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "user:manage", newUserSchema, input, (allowed, data) => insertUser(db, data, allowed));
}

/** Changes a person's role, organisation and country; takes effect on their next request. An admin cannot demote themself. */
export function updateUserProfile(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "user:manage", userProfileSchema, input, (allowed, { id, ...data }) => changeUser(db, allowed, id, data));
}

/** Disables (ends every session and refuses sign-in) or re-enables an account. */
export function setUserDisabled(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "user:manage", userDisabledSchema, input, (allowed, data) =>
    changeUser(db, allowed, data.id, data.disabled ? { disabledAt: new Date() } : { disabledAt: null }),
  );
}

async function changeUser(
  db: PrismaClient,
  actor: Actor,
  id: string,
  data: { role?: Role; organisation?: string; countryCode?: string | null; disabledAt?: Date | null },
) {
  return db.$transaction(async (tx) => {
    const before = await otherPerson(tx, actor, id);
    await assertCountry(tx, data.countryCode);
    const after = await tx.user.update({ where: { id }, data });
    if (after.disabledAt) await endAllSessions(tx, id);
    await writeAudit(tx, { actor, entity: "user", entityId: id, action: "UPDATE", before: userSnapshot(before), after: userSnapshot(after) });
    // Accounts carry no version: the form that changes them shows no conflict.
    return { id, version: 1 };
  });
}

/** A country the portal knows (one of the six), or none. */
async function assertCountry(tx: Tx, code: string | null | undefined): Promise<void> {
  if (code && !(await tx.country.findUnique({ where: { code }, select: { code: true } }))) invalid({ countryCode: { key: "validation.countryCode" } });
}

/** Another person's account: administrators change their own only through their account page. */
async function otherPerson(tx: Tx, actor: Actor, id: string) {
  if (id === actor.id) throw new MutationError({ ok: false, error: "forbidden" });
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new MutationError({ ok: false, error: "notFound" });
  return user;
}

/**
 * Issues a one-time link (RESET_LINK_HOURS valid) with which a person sets a new password;
 * earlier links stop working. The link is revealed to the administrator once and mailed to
 * the person when SMTP_URL is set; the audit entry records that it was issued, not the link.
 */
export function issuePasswordReset(db: PrismaClient, actor: Actor | null, input: unknown, where: { locale: Locale; siteUrl: string }): Promise<MutationResult> {
  return mutate(actor, "user:manage", userIdSchema, input, async (allowed, { id }) => {
    const { user, token } = await db.$transaction(async (tx) => {
      const user = await otherPerson(tx, allowed, id);
      const token = await createResetToken(tx, id, allowed.id);
      await auditAccountEvent(tx, allowed, id, "passwordResetIssued");
      return { user, token };
    });
    const link = new URL(`/${where.locale}/reset-password/${token}`, where.siteUrl).toString();
    const t = createTranslator({ locale: where.locale, messages: MESSAGES[where.locale], namespace: "resetPassword.mail" });
    const mailed = await sendMail({ to: user.email, subject: t("subject"), text: t("body", { name: user.name, link, hours: RESET_LINK_HOURS }) });
    return { id, version: 1, reveal: [link], mailed };
  });
}

/**
 * Turns off another person's second factor (a lost phone, no recovery codes) and ends their
 * sessions; an administrator is asked to set it up again at the next sign-in.
 */
export function resetSecondFactor(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "user:manage", userIdSchema, input, (allowed, { id }) =>
    db.$transaction(async (tx) => {
      await otherPerson(tx, allowed, id);
      await clearSecondFactor(tx, id);
      await endAllSessions(tx, id);
      await auditAccountEvent(tx, allowed, id, "twoFactorReset");
      return { id, version: 1 };
    }),
  );
}

/** Ends every session of the person (all browsers), including the current one. */
export async function signOutEverywhere(db: PrismaClient, actor: Actor): Promise<void> {
  await endAllSessions(db, actor.id);
}
