import "server-only";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/permissions";
import { ventureInputSchema, ventureUpdateSchema, type VentureInput } from "@/lib/validation/venture-input";
import {
  assertExists,
  createRecord,
  holdWriteLock,
  insertRecords,
  invalid,
  MutationError,
  mutate,
  updateRecord,
  type MutationResult,
  type Tx,
} from "@/lib/records/mutation";
import { insertRows, newId } from "@/lib/records/bulk-insert";
import { saveCitations } from "@/lib/records/citations";

/**
 * Enters a new joint venture with its partners and sources (EDITOR and ADMIN). The duplicate
 * check runs inside the write, under the ventures' write lock, so simultaneous identical
 * saves get the same warning one after the other would.
 */
export function createVenture(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:create", ventureInputSchema, input, async (allowed, data) => {
    await checkReferences(db, data);
    return createRecord(db, allowed, "venture", async (tx) => {
      await holdWriteLock(tx, "venture");
      if (!data.confirmDuplicate) await refuseLikelyDuplicate(tx, data, null);
      const venture = await tx.jointVenture.create({ data: { ...columns(data), partners: { create: partnerRows(data) } } });
      await saveCitations(tx, allowed, { ventureId: venture.id }, data);
      return venture.id;
    });
  });
}

/**
 * Creates many ventures already validated by the schema and checked against the database
 * (countries, sources, linked records, duplicates), with their partners, citations and audit
 * entries, in bulk statements inside the caller's transaction: what the CSV import writes.
 * Each row's citations name existing sources (new ones are created first, lib/import).
 */
export function insertVentures(tx: Tx, actor: Actor, rows: VentureInput[]): Promise<string[]> {
  return insertRecords(tx, actor, "venture", async (inner) => {
    // Ids chosen here, so partners and citations can name their venture in the same statements.
    const updatedAt = new Date();
    const ventures = rows.map((data) => ({ id: newId(), ...columns(data), updatedAt }));
    await insertRows(inner, "JointVenture", ventures);
    const partners = rows.flatMap((data, index) => partnerRows(data).map((partner) => ({ id: newId(), ...partner, ventureId: ventures[index]!.id })));
    await insertRows(inner, "VenturePartner", partners);
    const citations = rows.flatMap((data, index) =>
      data.citations.map((c) => ({ id: newId(), ventureId: ventures[index]!.id, sourceId: c.sourceId, quote: c.quote, quoteEn: c.quoteEn })),
    );
    await insertRows(inner, "Citation", citations);
    return ventures.map((v) => v.id);
  });
}

/** Saves an edit made from `version`; refused with what changed if someone saved since. */
export function updateVenture(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:update", ventureUpdateSchema, input, async (allowed, data) => {
    await checkReferences(db, data);
    return updateRecord(db, allowed, "venture", data.id, data.version, async (tx: Tx) => {
      await holdWriteLock(tx, "venture");
      if (!data.confirmDuplicate) await refuseLikelyDuplicate(tx, data, data.id);
      // No partner is kept only where the source named none: partners are never removed.
      if (data.partners.length === 0 && (await tx.venturePartner.count({ where: { ventureId: data.id } })) > 0) {
        invalid({ partners: { key: "validation.partnerRequired" } });
      }
      await tx.venturePartner.deleteMany({ where: { ventureId: data.id } });
      await tx.jointVenture.update({ where: { id: data.id }, data: { ...columns(data), partners: { create: partnerRows(data) } } });
      await saveCitations(tx, allowed, { ventureId: data.id }, data);
    });
  });
}

function columns(data: VentureInput) {
  return {
    nameRu: data.nameRu,
    nameEn: data.nameEn,
    sector: data.sector,
    productsRu: data.productsRu,
    productsEn: data.productsEn,
    cityRu: data.cityRu,
    cityEn: data.cityEn,
    countryCode: data.countryCode,
    status: data.status,
    establishedOn: data.establishedOn,
    establishedPrecision: data.establishedPrecision,
    investmentUsd: data.investmentUsd,
    initiativeId: data.initiativeId,
    agreementDocumentId: data.agreementDocumentId,
  };
}

function partnerRows(data: VentureInput) {
  return data.partners.map((partner, position) => ({
    companyName: partner.companyName,
    countryCode: partner.countryCode,
    secondCountryCode: partner.secondCountryCode,
    countryInferred: partner.countryInferred,
    position,
  }));
}

async function checkReferences(db: PrismaClient, data: VentureInput): Promise<void> {
  const codes = [
    ...new Set([
      ...data.partners.flatMap((p) => [p.countryCode, ...(p.secondCountryCode ? [p.secondCountryCode] : [])]),
      ...(data.countryCode ? [data.countryCode] : []),
    ]),
  ];
  const known = new Set((await db.country.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((c) => c.code));
  const unknown: Record<string, { key: string }> = {};
  data.partners.forEach((p, i) => {
    if (!known.has(p.countryCode)) unknown[`partners.${i}.countryCode`] = { key: "validation.countryCode" };
    if (p.secondCountryCode && !known.has(p.secondCountryCode)) unknown[`partners.${i}.secondCountryCode`] = { key: "validation.countryCode" };
  });
  if (data.countryCode && !known.has(data.countryCode)) unknown.countryCode = { key: "validation.countryCode" };
  if (Object.keys(unknown).length > 0) throw new MutationError({ ok: false, error: "invalid", fieldErrors: unknown });
  await assertExists(db, "initiative", data.initiativeId, "initiativeId");
  await assertExists(db, "document", data.agreementDocumentId, "agreementDocumentId");
}

/**
 * A likely duplicate: a live venture with the same name (in either language, ignoring
 * case) and the same set of partner countries.
 */
export async function findLikelyDuplicate(db: Tx | PrismaClient, data: Pick<VentureInput, "nameRu" | "nameEn" | "partners">, excludeId: string | null) {
  const names = [data.nameRu, data.nameEn];
  const candidates = await db.jointVenture.findMany({
    where: {
      deletedAt: null,
      id: excludeId ? { not: excludeId } : undefined,
      OR: names.flatMap((name) => [{ nameRu: { equals: name, mode: "insensitive" as const } }, { nameEn: { equals: name, mode: "insensitive" as const } }]),
    },
    select: { id: true, nameRu: true, nameEn: true, partners: { select: { countryCode: true } } },
    take: 20,
  });
  const countries = countrySet(data.partners.map((p) => p.countryCode));
  return candidates.find((c) => countrySet(c.partners.map((p) => p.countryCode)) === countries) ?? null;
}

async function refuseLikelyDuplicate(db: Tx, data: VentureInput, excludeId: string | null): Promise<void> {
  const duplicate = await findLikelyDuplicate(db, data, excludeId);
  if (duplicate) throw new MutationError({ ok: false, error: "duplicate", duplicate: { id: duplicate.id, name: `${duplicate.nameRu} / ${duplicate.nameEn}` } });
}

const countrySet = (codes: (string | null)[]) => [...new Set(codes.map((c) => c ?? "—"))].sort().join(",");
