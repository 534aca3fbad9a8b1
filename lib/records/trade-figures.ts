import "server-only";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/permissions";
import { tradeFigureInputSchema, tradeFigureUpdateSchema, type TradeFigureInput } from "@/lib/validation/trade-figure-input";
import { createRecord, holdWriteLock, insertRecords, MutationError, mutate, updateRecord, type MutationResult, type Tx } from "@/lib/records/mutation";
import { insertRows, newId } from "@/lib/records/bulk-insert";
import { saveCitations } from "@/lib/records/citations";
import { isoDay } from "@/lib/format";
import { periodFrequency } from "@/lib/trade-stats/period";

/**
 * Enters a new trade figure with its sources (EDITOR and ADMIN). The duplicate check runs
 * inside the write, under the figures' write lock, so simultaneous identical saves get the
 * same warning one after the other would.
 */
export function createTradeFigure(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:create", tradeFigureInputSchema, input, async (allowed, data) => {
    await checkCountries(db, data);
    return createRecord(db, allowed, "tradeFigure", async (tx) => {
      await holdWriteLock(tx, "tradeFigure");
      if (!data.confirmDuplicate) await refuseLikelyDuplicate(tx, data, null);
      const figure = await tx.tradeFigure.create({ data: columns(data) });
      await saveCitations(tx, allowed, { tradeFigureId: figure.id }, data);
      return figure.id;
    });
  });
}

/**
 * Creates many figures already validated by the schema and checked against the database,
 * with their citations and audit entries, in bulk statements inside the caller's
 * transaction: what the CSV import writes. Citations name existing sources.
 */
export function insertTradeFigures(tx: Tx, actor: Actor, rows: TradeFigureInput[]): Promise<string[]> {
  return insertRecords(tx, actor, "tradeFigure", async (inner) => {
    const updatedAt = new Date();
    const figures = rows.map((data) => ({ id: newId(), ...columns(data), updatedAt }));
    await insertRows(inner, "TradeFigure", figures);
    const citations = rows.flatMap((data, index) =>
      data.citations.map((c) => ({ id: newId(), tradeFigureId: figures[index]!.id, sourceId: c.sourceId, quote: c.quote, quoteEn: c.quoteEn })),
    );
    await insertRows(inner, "Citation", citations);
    return figures.map((f) => f.id);
  });
}

/** Saves an edit made from `version`; refused with what changed if someone saved since. */
export function updateTradeFigure(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:update", tradeFigureUpdateSchema, input, async (allowed, data) => {
    await checkCountries(db, data);
    return updateRecord(db, allowed, "tradeFigure", data.id, data.version, async (tx: Tx) => {
      await holdWriteLock(tx, "tradeFigure");
      if (!data.confirmDuplicate) await refuseLikelyDuplicate(tx, data, data.id);
      await tx.tradeFigure.update({ where: { id: data.id }, data: columns(data) });
      await saveCitations(tx, allowed, { tradeFigureId: data.id }, data);
    });
  });
}

function columns(data: TradeFigureInput) {
  return {
    scope: data.scope,
    countryACode: data.countryACode,
    countryBCode: data.countryBCode,
    periodStart: data.periodStart,
    periodEnd: data.periodEnd,
    frequency: periodFrequency(data.periodStart, data.periodEnd),
    periodInferred: data.periodInferred,
    valueUsd: data.valueUsd,
    isLowerBound: data.isLowerBound,
    growthPercent: data.growthPercent,
    growthIsLowerBound: data.growthIsLowerBound,
    growthOverYears: data.growthOverYears,
    noteRu: data.noteRu,
    noteEn: data.noteEn,
  };
}

async function checkCountries(db: PrismaClient, data: TradeFigureInput): Promise<void> {
  const codes = [data.countryACode, data.countryBCode].filter((code): code is string => Boolean(code));
  if (codes.length === 0) return;
  const known = new Set((await db.country.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((c) => c.code));
  const unknown: Record<string, { key: string }> = {};
  if (data.countryACode && !known.has(data.countryACode)) unknown.countryACode = { key: "validation.countryCode" };
  if (data.countryBCode && !known.has(data.countryBCode)) unknown.countryBCode = { key: "validation.countryCode" };
  if (Object.keys(unknown).length > 0) throw new MutationError({ ok: false, error: "invalid", fieldErrors: unknown });
}

/** What makes two figures likely the same report: scope, countries and period. */
export type TradeFigureKey = Pick<TradeFigureInput, "scope" | "countryACode" | "countryBCode" | "periodStart" | "periodEnd">;

export const tradeFigureKey = (f: TradeFigureKey) =>
  [f.scope, f.countryACode ?? "", f.countryBCode ?? "", isoDay(f.periodStart), isoDay(f.periodEnd)].join("|");

/** A live stated figure of the same scope, countries and period, or null (official statistics are kept apart). */
export function findLikelyDuplicateFigure(db: Tx | PrismaClient, data: TradeFigureKey, excludeId: string | null) {
  return db.tradeFigure.findFirst({
    where: {
      deletedAt: null,
      reporterCode: null,
      id: excludeId ? { not: excludeId } : undefined,
      scope: data.scope,
      countryACode: data.countryACode,
      countryBCode: data.countryBCode,
      periodStart: data.periodStart,
      periodEnd: data.periodEnd,
    },
    select: { id: true, scope: true, countryACode: true, countryBCode: true, periodStart: true, periodEnd: true, valueUsd: true, isLowerBound: true },
  });
}

async function refuseLikelyDuplicate(db: Tx, data: TradeFigureInput, excludeId: string | null): Promise<void> {
  const duplicate = await findLikelyDuplicateFigure(db, data, excludeId);
  if (duplicate) throw new MutationError({ ok: false, error: "duplicate", duplicate: { id: duplicate.id, figure: duplicate } });
}
