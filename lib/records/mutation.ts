import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction, TradeScope } from "@/lib/generated/prisma/enums";
import { AuthorizationError, assertAllowed, type Actor, type Permission } from "@/lib/auth/permissions";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/fields";
import type { EntityKey } from "@/lib/entities";
import type { AuditEntity } from "@/lib/validation/audit";
import type { AuditNote } from "@/lib/audit/note";
import type { MailOutcome } from "@/lib/mail";
import { ENTITIES, snapshotOf, snapshotsOf, type Snapshot } from "@/lib/records/entities";
import { diffSnapshots, type FieldChange } from "@/lib/audit/diff";
import { inChunks, insertRows, newId } from "@/lib/records/bulk-insert";
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
  /**
   * `reveal`: secrets the person sees this once and never again (a reset link, recovery
   * codes); `mailed`: whether a message about the save went out (lib/mail.ts).
   */
  | { ok: true; id: string; version: number; reveal?: string[]; mailed?: MailOutcome }
  | {
      ok: false;
      error: "unauthenticated" | "forbidden" | "setupRequired" | "invalid" | "notFound" | "conflict" | "duplicate" | "inUse" | "unavailable" | "busy";
      fieldErrors?: FieldErrors;
      conflict?: Conflict;
      /** A likely duplicate: a record by its name, or a stated figure the page names in the person's language. */
      duplicate?: { id: string; name: string } | { id: string; figure: DuplicateFigure };
    };

export type DuplicateFigure = {
  scope: TradeScope;
  countryACode: string | null;
  countryBCode: string | null;
  periodStart: Date;
  periodEnd: Date;
  valueUsd: Prisma.Decimal | null;
  isLowerBound: boolean;
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
  work: (actor: Actor, data: z.output<S>) => Promise<{ id: string; version: number; reveal?: string[]; mailed?: MailOutcome }>,
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

const auditNotes = new AsyncLocalStorage<AuditNote>();

/** Runs `work` with `note` attached to each audit entry it writes (a save the workspace merged). */
export function withAuditNote<T>(note: AuditNote, work: () => Promise<T>): Promise<T> {
  return auditNotes.run(note, work);
}

export async function writeAudit(
  tx: Tx,
  entry: { actor: Actor; entity: AuditEntity; entityId: string; action: AuditAction; before: Snapshot | null; after: Snapshot | null },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.actor.id,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
      note: auditNotes.getStore(),
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
  const [current] = await tx.$queryRawUnsafe<{ version: number; deletedAt: Date | null }[]>(
    `SELECT "version", "deletedAt" FROM "${table}" WHERE "id" = $1`,
    id,
  );
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
  try {
    return await db.$transaction(async (tx) => {
      const before = await snapshotOf(tx, entity, id);
      const version = await claimVersion(tx, entity, id, expectedVersion);
      await apply(tx);
      const after = await snapshotOf(tx, entity, id);
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
export async function createRecord(
  db: PrismaClient,
  actor: Actor,
  entity: EntityKey,
  create: (tx: Tx) => Promise<string>,
): Promise<{ id: string; version: number }> {
  return db.$transaction((tx) => insertRecord(tx, actor, entity, create));
}

/** Creates a record and its audit entry inside a transaction the caller holds. */
export async function insertRecord(tx: Tx, actor: Actor, entity: EntityKey, create: (tx: Tx) => Promise<string>): Promise<{ id: string; version: number }> {
  const [id] = await insertRecords(tx, actor, entity, async (inner) => [await create(inner)]);
  return { id: id!, version: 1 };
}

/**
 * Creates many records inside the caller's transaction with bulk statements (`create` writes
 * them and returns their ids), then their audit entries, exactly as a form's save writes one:
 * what a CSV import runs.
 */
export async function insertRecords(tx: Tx, actor: Actor, entity: EntityKey, create: (tx: Tx) => Promise<string[]>): Promise<string[]> {
  const ids = await create(tx);
  const snapshots = new Map<string, Snapshot>();
  await inChunks(ids, async (chunk) => (await snapshotsOf(tx, entity, chunk)).forEach((snapshot, id) => snapshots.set(id, snapshot)));
  const at = new Date();
  await insertRows(
    tx,
    "AuditLog",
    ids.map((id) => ({ id: newId(), userId: actor.id, at, entity, entityId: id, action: "CREATE", after: snapshots.get(id) })),
  );
  return ids;
}

/**
 * Makes this transaction the only one writing records of `entity` until it ends, so its
 * duplicate check sees every record saved before it and none can be saved beside it (four
 * identical saves sent at once all went through when the check ran outside the write).
 * An import tries once and answers false if another writer holds it: waiting, it would keep
 * a pooled connection that visitors need.
 */
export async function acquireWriteLock(tx: Tx, entity: WriteLockKind): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${writeLockKey(entity)})) AS "locked"`;
  return row?.locked === true;
}

/**
 * For a form's save: the write lock, waiting in PostgreSQL's queue (first come, first
 * served: two editors saving in turn each get their turn) for at most FORM_LOCK_WAIT_MS, then
 * a "busy" refusal (nothing written, the input kept). A form's save holds it for
 * milliseconds, an import for seconds.
 */
export async function holdWriteLock(tx: Tx, entity: WriteLockKind): Promise<void> {
  await tx.$queryRaw`SELECT set_config('lock_timeout', ${`${FORM_LOCK_WAIT_MS}ms`}, true)`;
  try {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${writeLockKey(entity)}))::text`;
  } catch (error) {
    if (sqlState(error) === LOCK_NOT_AVAILABLE) throw new MutationError({ ok: false, error: "busy" });
    throw error;
  }
  await tx.$executeRaw`SET LOCAL lock_timeout TO DEFAULT`; // the rest of the save waits as any other
}

type WriteLockKind = "venture" | "tradeFigure";
const writeLockKey = (entity: WriteLockKind) => `write:${entity}`;

// A form's save waits this long for an import of the same kind before it is told to retry.
const FORM_LOCK_WAIT_MS = 3000;
const LOCK_NOT_AVAILABLE = "55P03";

/** PostgreSQL's SQLSTATE of a failed statement, as adapter-pg reports it through Prisma. */
function sqlState(error: unknown): string | undefined {
  return (error as { meta?: { driverAdapterError?: { cause?: { code?: string } } } } | null)?.meta?.driverAdapterError?.cause?.code;
}

/**
 * Soft-deletes (DELETE) or brings back (RESTORE) a record, with its audit entry; `refuse`
 * may throw a MutationError after the record's row is locked (a source still cited).
 */
export async function setDeleted(
  db: PrismaClient,
  actor: Actor,
  entity: EntityKey,
  id: string,
  deleted: boolean,
  refuse?: (tx: Tx) => Promise<void>,
): Promise<{ id: string; version: number }> {
  const table = ENTITIES[entity].table;
  return db.$transaction(async (tx) => {
    // The row is locked first, so `refuse` decides on what no one is changing meanwhile.
    await tx.$queryRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = $1 FOR UPDATE`, id);
    await refuse?.(tx);
    const before = await snapshotOf(tx, entity, id);
    const rows = await tx.$queryRawUnsafe<{ version: number }[]>(
      `UPDATE "${table}" SET "deletedAt" = ${deleted ? "now()" : "NULL"}, "version" = "version" + 1, "updatedAt" = now()
       WHERE "id" = $1 AND "deletedAt" IS ${deleted ? "NULL" : "NOT NULL"} RETURNING "version"`,
      id,
    );
    if (!rows[0]) throw new MutationError({ ok: false, error: "notFound" });
    const after = await snapshotOf(tx, entity, id);
    await writeAudit(tx, { actor, entity, entityId: id, action: deleted ? "DELETE" : "RESTORE", before, after });
    return { id, version: rows[0].version };
  });
}

/** The audit entries of a record's saves after `version` (the versions their snapshots record), oldest first. */
export async function savesSince(db: PrismaClient, entity: EntityKey, id: string, version: number) {
  const entries = await db.auditLog.findMany({
    where: { entity, entityId: id },
    orderBy: { at: "desc" },
    take: 50,
    select: { at: true, before: true, after: true, user: { select: { name: true } } },
  });
  return entries.filter((entry) => Number((entry.after as Snapshot | null)?.version ?? 0) > version).reverse();
}

async function describeConflict(db: PrismaClient, entity: EntityKey, id: string, sinceVersion: number): Promise<Conflict> {
  const later = await savesSince(db, entity, id, sinceVersion);
  const current = (await snapshotOf(db, entity, id)) ?? {};
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
