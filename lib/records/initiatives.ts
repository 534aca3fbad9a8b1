import "server-only";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/permissions";
import { initiativeInputSchema, initiativeUpdateSchema, statusChangeInputSchema, type InitiativeInput } from "@/lib/validation/initiative-input";
import { assertExists, createRecord, invalid, mutate, updateRecord, type MutationResult, type Tx } from "@/lib/records/mutation";
import { createTypedSource, saveCitations } from "@/lib/records/citations";
import { assertCountries } from "@/lib/records/countries";
import { dateText } from "@/lib/validation/dated";

/** Enters a new initiative with its sources (EDITOR and ADMIN); it starts as proposed. */
export function createInitiative(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:create", initiativeInputSchema, input, async (allowed, data) => {
    await checkReferences(db, data);
    return createRecord(db, allowed, "initiative", async (tx) => {
      const initiative = await tx.initiative.create({ data: columns(data) });
      await saveCitations(tx, allowed, { initiativeId: initiative.id }, data);
      return initiative.id;
    });
  });
}

/** Saves an edit made from `version`; the status is changed only through addStatusChange. */
export function updateInitiative(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:update", initiativeUpdateSchema, input, async (allowed, data) => {
    await checkReferences(db, data);
    return updateRecord(db, allowed, "initiative", data.id, data.version, async (tx: Tx) => {
      await tx.initiative.update({ where: { id: data.id }, data: columns(data) });
      await saveCitations(tx, allowed, { initiativeId: data.id }, data);
    });
  });
}

/**
 * Records what became of an initiative: adds a dated status change with its source to the
 * history and makes it the current status, or a check that found the status unchanged (with
 * its source, or "no public information found"); either claims the initiative's version
 * with an UPDATE audit entry, in one transaction. An entry dated before the previous one is
 * refused, so the history stays in order.
 */
export function addStatusChange(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:update", statusChangeInputSchema, input, async (allowed, data) => {
    await assertExists(db, "source", data.sourceId, "sourceId");
    return updateRecord(db, allowed, "initiative", data.initiativeId, data.version, async (tx: Tx) => {
      const previous = await tx.initiativeStatusChange.findFirst({
        where: { initiativeId: data.initiativeId },
        orderBy: [{ changedOn: "desc" }, { createdAt: "desc" }],
        select: { changedOn: true, changedPrecision: true },
      });
      if (previous && data.changedOn < previous.changedOn) {
        invalid({ changedOn: { key: "validation.beforePreviousChange", values: { date: dateText(previous.changedOn, previous.changedPrecision) } } });
      }
      // A check keeps the status the initiative has now.
      const status =
        data.kind === "CHECK" ? (await tx.initiative.findUniqueOrThrow({ where: { id: data.initiativeId }, select: { status: true } })).status : data.status!;
      const change = await tx.initiativeStatusChange.create({
        data: {
          initiativeId: data.initiativeId,
          kind: data.kind,
          noPublicInformation: data.noPublicInformation,
          status,
          changedOn: data.changedOn,
          changedPrecision: data.changedPrecision,
          noteRu: data.noteRu,
          noteEn: data.noteEn,
        },
      });
      // A listed source and one typed in: both are cited, the quote going with the listed one.
      if (data.sourceId) await tx.citation.create({ data: { statusChangeId: change.id, sourceId: data.sourceId, quote: data.quote } });
      if (data.newSource)
        await tx.citation.create({
          data: { statusChangeId: change.id, sourceId: await createTypedSource(tx, allowed, data.newSource), quote: data.sourceId ? null : data.quote },
        });
      if (data.kind === "CHANGE") await tx.initiative.update({ where: { id: data.initiativeId }, data: { status } });
    });
  });
}

function columns(data: InitiativeInput) {
  return {
    titleRu: data.titleRu,
    titleEn: data.titleEn,
    descriptionRu: data.descriptionRu,
    descriptionEn: data.descriptionEn,
    sector: data.sector,
    proposerCode: data.proposerCode,
    proposerPersonRu: data.proposerPersonRu,
    proposerPersonEn: data.proposerPersonEn,
    eventId: data.eventId,
    adoptedByDocumentId: data.adoptedByDocumentId,
  };
}

async function checkReferences(db: PrismaClient, data: InitiativeInput): Promise<void> {
  await assertCountries(db, { proposerCode: data.proposerCode });
  await assertExists(db, "event", data.eventId, "eventId");
  await assertExists(db, "document", data.adoptedByDocumentId, "adoptedByDocumentId");
}
