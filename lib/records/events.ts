import "server-only";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/permissions";
import { documentInputSchema, documentUpdateSchema, eventInputSchema, eventUpdateSchema, type EventInput } from "@/lib/validation/event-input";
import { assertExists, createRecord, invalid, mutate, updateRecord, type MutationResult, type Tx } from "@/lib/records/mutation";
import { saveCitations } from "@/lib/records/citations";
import { assertCountries } from "@/lib/records/countries";

/** Enters a new event with its participants and sources (EDITOR and ADMIN). */
export function createEvent(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:create", eventInputSchema, input, async (allowed, data) => {
    await checkReferences(db, data);
    return refuseSlugRace(() =>
      createRecord(db, allowed, "event", async (tx) => {
        await refuseTakenSlug(tx, data.slug, null);
        const event = await tx.event.create({
          data: { ...columns(data), participants: { create: data.participants.map((countryCode) => ({ countryCode })) } },
        });
        await saveCitations(tx, allowed, { eventId: event.id }, data);
        return event.id;
      }),
    );
  });
}

/** Saves an edit made from `version`; refused with what changed if someone saved since. */
export function updateEvent(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:update", eventUpdateSchema, input, async (allowed, data) => {
    await checkReferences(db, data);
    return refuseSlugRace(() =>
      updateRecord(db, allowed, "event", data.id, data.version, async (tx: Tx) => {
        await refuseTakenSlug(tx, data.slug, data.id);
        await tx.eventParticipant.deleteMany({ where: { eventId: data.id } });
        await tx.event.update({
          where: { id: data.id },
          data: { ...columns(data), participants: { create: data.participants.map((countryCode) => ({ countryCode })) } },
        });
        await saveCitations(tx, allowed, { eventId: data.id }, data);
      }),
    );
  });
}

/** Adds a document adopted at a live event, with its sources (EDITOR and ADMIN). */
export function createDocument(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:create", documentInputSchema, input, async (allowed, data) => {
    await assertExists(db, "event", data.eventId, "eventId");
    await checkApprovedBy(db, data.eventId, data.approvedByDocumentId, null);
    return createRecord(db, allowed, "document", async (tx) => {
      const document = await tx.eventDocument.create({
        data: {
          eventId: data.eventId,
          titleRu: data.titleRu,
          titleEn: data.titleEn,
          type: data.type,
          adoption: data.adoption,
          approvedByDocumentId: data.approvedByDocumentId,
        },
      });
      await saveCitations(tx, allowed, { documentId: document.id }, data);
      return document.id;
    });
  });
}

/** Saves an edit of a document made from `version`; it stays with its event. */
export function updateDocument(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:update", documentUpdateSchema, input, async (allowed, data) => {
    const current = await db.eventDocument.findFirst({ where: { id: data.id, deletedAt: null }, select: { eventId: true } });
    if (current) await checkApprovedBy(db, current.eventId, data.approvedByDocumentId, data.id);
    return updateRecord(db, allowed, "document", data.id, data.version, async (tx: Tx) => {
      await tx.eventDocument.update({
        where: { id: data.id },
        data: { titleRu: data.titleRu, titleEn: data.titleEn, type: data.type, adoption: data.adoption, approvedByDocumentId: data.approvedByDocumentId },
      });
      await saveCitations(tx, allowed, { documentId: data.id }, data);
    });
  });
}

function columns(data: EventInput) {
  return {
    kind: data.kind,
    ordinal: data.ordinal,
    titleRu: data.titleRu,
    titleEn: data.titleEn,
    slug: data.slug,
    startDate: data.startDate,
    endDate: data.endDate,
    datePrecision: data.datePrecision,
    dateInferred: data.dateInferred,
    cityRu: data.cityRu,
    cityEn: data.cityEn,
    hostCode: data.hostCode,
    summaryRu: data.summaryRu,
    summaryEn: data.summaryEn,
  };
}

async function checkReferences(db: PrismaClient, data: EventInput): Promise<void> {
  await assertCountries(db, { hostCode: data.hostCode, ...Object.fromEntries(data.participants.map((code, index) => [`participants.${index}`, code])) });
}

// Slugs are unique across all events, deleted ones included: a restored event keeps its address.
async function refuseTakenSlug(tx: Tx, slug: string, ownId: string | null): Promise<void> {
  const taken = await tx.event.findFirst({ where: { slug, ...(ownId ? { id: { not: ownId } } : {}) }, select: { id: true } });
  if (taken) invalid({ slug: { key: "validation.slugTaken" } });
}

// Two people saving the same new slug at once: the unique index refuses the second.
async function refuseSlugRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") invalid({ slug: { key: "validation.slugTaken" } });
    throw error;
  }
}

/** The approving document must be another live document of the same event. */
async function checkApprovedBy(db: PrismaClient, eventId: string, approvedById: string | null, ownId: string | null): Promise<void> {
  if (!approvedById) return;
  if (approvedById === ownId) invalid({ approvedByDocumentId: { key: "validation.approvesItself" } });
  const approving = await db.eventDocument.findFirst({ where: { id: approvedById, deletedAt: null }, select: { eventId: true } });
  if (!approving) invalid({ approvedByDocumentId: { key: "validation.unknownRecord" } });
  if (approving.eventId !== eventId) invalid({ approvedByDocumentId: { key: "validation.documentOfAnotherEvent" } });
}
