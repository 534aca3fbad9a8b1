import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sessions";
import { newUserSchema, userDisabledSchema, userRoleSchema } from "@/lib/validation/users";
import { invalid, mutate, MutationError, writeAudit, type MutationResult } from "@/lib/records/mutation";

type NewUser = z.output<typeof newUserSchema>;

const userSnapshot = (u: { email: string; name: string; role: Role; organisation: string | null; disabledAt: Date | null }) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  organisation: u.organisation,
  disabledAt: u.disabledAt?.toISOString() ?? null,
});

/**
 * Creates an account. Used by `npm run user:create` (the first admin, no actor) and by
 * admins in the workspace (with an audit entry).
 */
export async function insertUser(db: PrismaClient, data: NewUser, actor: Actor | null): Promise<{ id: string; version: number }> {
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) invalid({ email: { key: "validation.emailTaken" } });
    const user = await tx.user.create({ data: { email: data.email, name: data.name, organisation: data.organisation, role: data.role, passwordHash } });
    if (actor) await writeAudit(tx, { actor, entity: "user", entityId: user.id, action: "CREATE", before: null, after: userSnapshot(user) });
    return { id: user.id, version: 1 };
  });
}

export function createUser(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "user:manage", newUserSchema, input, (allowed, data) => insertUser(db, data, allowed));
}

/** Changes a person's role; takes effect on their next request. An admin cannot demote themself. */
export function changeUserRole(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "user:manage", userRoleSchema, input, (allowed, data) => changeUser(db, allowed, data.id, { role: data.role }));
}

/** Disables (ends every session and refuses sign-in) or re-enables an account. */
export function setUserDisabled(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "user:manage", userDisabledSchema, input, (allowed, data) =>
    changeUser(db, allowed, data.id, data.disabled ? { disabledAt: new Date() } : { disabledAt: null }),
  );
}

async function changeUser(db: PrismaClient, actor: Actor, id: string, data: { role?: Role; disabledAt?: Date | null }) {
  if (id === actor.id) throw new MutationError({ ok: false, error: "forbidden" });
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id } });
    if (!before) throw new MutationError({ ok: false, error: "notFound" });
    const after = await tx.user.update({ where: { id }, data });
    if (after.disabledAt) await endAllSessions(tx, id);
    await writeAudit(tx, { actor, entity: "user", entityId: id, action: "UPDATE", before: userSnapshot(before), after: userSnapshot(after) });
    // Accounts carry no version: the form that changes them shows no conflict.
    return { id, version: 1 };
  });
}

/** Ends every session of the person (all browsers), including the current one. */
export async function signOutEverywhere(db: PrismaClient, actor: Actor): Promise<void> {
  await endAllSessions(db, actor.id);
}
