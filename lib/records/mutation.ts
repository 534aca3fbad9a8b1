import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import { AuthorizationError, assertAllowed, type Actor, type Permission } from "@/lib/auth/permissions";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/fields";
import { ENTITIES, type EntityKey, type Snapshot } from "@/lib/records/entities";
import { diffSnapshots, type FieldChange } from "@/lib/audit/diff";
// The database down or unreachable: the person gets "try again"; the transaction never committed.
import { isDatabaseUnreachable } from "@/lib/database-unavailable";

export type Tx = Prisma.TransactionClient;

/** What another person changed since the version the form was loaded at. */
export type Conflict = {
  currentVersion: number;
  changes: FieldChange[];
  changedBy: { name: string | null; at: Date }[];
};

export type MutationResult =
  | { ok: true; id: string; version: number }
  | {
      ok: false;
      error: "unauthenticated" | "forbidden" | "invalid" | "notFound" | "conflict" | "duplicate" | "inUse" | "unavailable";
      fieldErrors?: FieldErrors;
      conflict?: Conflict;
      duplicate?: { id: string; name: string };
    };

export class MutationError extends Error {
  constructor(readonly result: Extract<MutationResult, { ok: false }>) {
    super(result.error);
  }
}

export function invalid(fieldErrors: FieldErrors): never {
  throw new MutationError({ ok: false, error: "invalid", fieldErrors });
}

/**
 * The frame of every mutation: checks the permission first, then parses the input with
 * `schema`, then runs `work`; every refusal comes back as a result, never as a throw, so
 * a form can show it and nothing has been written.
 */
export async function mutate<S extends z.ZodType>(
  actor: Actor | null,
  permission: Permission,
  schema: S,
  input: unknown,
  work: (actor: Actor, data: z.output<S>) => Promise<{ id: string; version: number }>,
): Promise<MutationResult> {
  try {
    const allowed = assertAllowed(actor, permission);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
    return { ok: true, ...(await work(allowed, parsed.data)) };
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, error: error.reason };
    if (error instanceof MutationError) return error.result;
    if (isDatabaseUnreachable(error)) return { ok: false, error: "unavailable" };
    throw error;
  }
}


export async function writeAudit(
  tx: Tx,
  entry: { actor: Actor; entity: EntityKey | "user"; entityId: string; action: AuditAction; before: Snapshot | null; after: Snapshot | null },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.actor.id,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}

/**
 * Claims the next version of a live record: succeeds only if the row is still at
 * `expectedVersion`. The row lock it takes makes a concurrent save wait and then fail
 * here, so of two saves from the same version exactly one is applied.
 */
export async function claimVersion(tx: Tx, entity: EntityKey, id: string, expectedVersion: number): Promise<number> {
  const table = ENTITIES[entity].table;
  const rows = await tx.$queryRawUnsafe<{ version: number }[]>(
    `UPDATE "${table}" SET "version" = "version" + 1, "updatedAt" = now() WHERE "id" = $1 AND "version" = $2 AND "deletedAt" IS NULL RETURNING "version"`,
    id,
    expectedVersion,
  );
  if (rows[0]) return rows[0].version;
  const [current] = await tx.$queryRawUnsafe<{ version: number; deletedAt: Date | null }[]>(`SELECT "version", "deletedAt" FROM "${table}" WHERE "id" = $1`, id);
  if (!current || current.deletedAt) throw new MutationError({ ok: false, error: "notFound" });
  throw new MutationError({ ok: false, error: "conflict" });
}

/**
 * Updates a record in one transaction: version check, the change, and the audit entry
 * with the record before and after. A conflict is answered with what changed since.
 */
export async function updateRecord(
  db: PrismaClient,
  actor: Actor,
  entity: EntityKey,
  id: string,
  expectedVersion: number,
  apply: (tx: Tx) => Promise<void>,
): Promise<{ id: string; version: number }> {
  const descriptor = ENTITIES[entity];
  try {
    return await db.$transaction(async (tx) => {
      const before = await descriptor.snapshot(tx, id);
      const version = await claimVersion(tx, entity, id, expectedVersion);
      await apply(tx);
      const after = await descriptor.snapshot(tx, id);
      await writeAudit(tx, { actor, entity, entityId: id, action: "UPDATE", before, after });
      return { id, version };
    });
  } catch (error) {
    if (error instanceof MutationError && error.result.error === "conflict") {
      throw new MutationError({ ok: false, error: "conflict", conflict: await describeConflict(db, entity, id, expectedVersion) });
    }
    throw error;
  }
}

/** Creates a record and its audit entry in one transaction. */
export async function createRecord(db: PrismaClient, actor: Actor, entity: EntityKey, create: (tx: Tx) => Promise<string>): Promise<{ id: string; version: number }> {
  return db.$transaction((tx) => insertRecord(tx, actor, entity, create));
}

/** Creates a record and its audit entry inside a transaction the caller holds (CSV import: many rows, one transaction). */
export async function insertRecord(tx: Tx, actor: Actor, entity: EntityKey, create: (tx: Tx) => Promise<string>): Promise<{ id: string; version: number }> {
  const id = await create(tx);
  const after = await ENTITIES[entity].snapshot(tx, id);
  await writeAudit(tx, { actor, entity, entityId: id, action: "CREATE", before: null, after });
  return { id, version: 1 };
}

/** Soft-deletes (DELETE) or brings back (RESTORE) a record, with its audit entry. */
export async function setDeleted(db: PrismaClient, actor: Actor, entity: EntityKey, id: string, deleted: boolean): Promise<{ id: string; version: number }> {
  const table = ENTITIES[entity].table;
  return db.$transaction(async (tx) => {
    const before = await ENTITIES[entity].snapshot(tx, id);
    const rows = await tx.$queryRawUnsafe<{ version: number }[]>(
      `UPDATE "${table}" SET "deletedAt" = ${deleted ? "now()" : "NULL"}, "version" = "version" + 1, "updatedAt" = now()
       WHERE "id" = $1 AND "deletedAt" IS ${deleted ? "NULL" : "NOT NULL"} RETURNING "version"`,
      id,
    );
    if (!rows[0]) throw new MutationError({ ok: false, error: "notFound" });
    const after = await ENTITIES[entity].snapshot(tx, id);
    await writeAudit(tx, { actor, entity, entityId: id, action: deleted ? "DELETE" : "RESTORE", before, after });
    return { id, version: rows[0].version };
  });
}

async function describeConflict(db: PrismaClient, entity: EntityKey, id: string, sinceVersion: number): Promise<Conflict> {
  const entries = await db.auditLog.findMany({
    where: { entity, entityId: id },
    orderBy: { at: "desc" },
    take: 50,
    select: { at: true, before: true, after: true, user: { select: { name: true } } },
  });
  const later = entries.filter((entry) => Number((entry.after as Snapshot | null)?.version ?? 0) > sinceVersion).reverse();
  const current = (await ENTITIES[entity].snapshot(db, id)) ?? {};
  const base = (later[0]?.before as Snapshot | null) ?? current;
  return {
    currentVersion: Number(current.version ?? sinceVersion),
    changes: diffSnapshots(base, current),
    changedBy: later.map((entry) => ({ name: entry.user?.name ?? null, at: entry.at })),
  };
}

/** Refuses ids of related records that do not exist (or were deleted): forged form values. */
export async function assertExists(tx: Tx | PrismaClient, entity: EntityKey, id: string | null, field: string): Promise<void> {
  if (!id) return;
  const rows = await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "${ENTITIES[entity].table}" WHERE "id" = $1 AND "deletedAt" IS NULL`, id);
  if (rows.length === 0) invalid({ [field]: { key: "validation.unknownRecord" } });
}
