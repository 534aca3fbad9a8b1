import "server-only";
import { prisma } from "@/lib/db";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import { countryNameSelect } from "@/lib/queries/countries";
import { citationsForEdit, citationsRelation } from "@/lib/queries/citations";
import { MAX_PAGE_SIZE, readPage, STAFF_PAGE_SIZE } from "@/lib/paging";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TradeScope } from "@/lib/generated/prisma/enums";

const countrySelect = { select: countryNameSelect } as const;

const figureSelect = {
  id: true,
  scope: true,
  countryA: countrySelect,
  countryB: countrySelect,
  periodStart: true,
  periodEnd: true,
  periodInferred: true,
  valueUsd: true,
  isLowerBound: true,
  growthPercent: true,
  growthIsLowerBound: true,
  growthOverYears: true,
  noteRu: true,
  noteEn: true,
  citations: citationsRelation,
} satisfies Prisma.TradeFigureSelect;

export type TradeFigureDto = Prisma.TradeFigureGetPayload<{ select: typeof figureSelect }>;

/** What identifies one series: intra-regional, a country pair, or a partner with the region. */
export type SeriesScope = { scope: TradeScope; countryACode: string | null; countryBCode: string | null };

/**
 * Stated trade figures (those quoted from speeches and articles), oldest first within each
 * series, optionally of one series. Synthetic (test) rows and deleted rows are never shown to
 * the public. Imported official statistics (a reporter set) are not among them: the explorer
 * that compares them with the stated figures is still to come (issue 17).
 */
export async function listTradeFigures(options: { series?: SeriesScope; page?: number; pageSize?: number } = {}) {
  const where = {
    deletedAt: null,
    isSynthetic: false,
    reporterCode: null,
    ...(options.series && { scope: options.series.scope, countryACode: options.series.countryACode, countryBCode: options.series.countryBCode }),
  } satisfies Prisma.TradeFigureWhereInput;
  return readPage(
    { page: Math.max(options.page ?? 1, 1), pageSize: options.pageSize ?? MAX_PAGE_SIZE },
    (window) =>
      prisma.tradeFigure.findMany({
        where,
        orderBy: [{ scope: "asc" }, { countryACode: "asc" }, { countryBCode: "asc" }, { periodEnd: "asc" }, { id: "asc" }],
        ...window,
        select: figureSelect,
      }),
    () => prisma.tradeFigure.count({ where }),
  );
}

export type TradeSeries = SeriesScope & { key: string; figures: TradeFigureDto[] };

/** "INTRA_REGIONAL", "BILATERAL-KZ-UZ", "PARTNER_REGION-AZ": stable ids for anchors and tests. */
export function seriesKey(s: { scope: TradeScope; countryA?: { code: string } | null; countryB?: { code: string } | null }): string {
  return [s.scope, s.countryA?.code, s.countryB?.code].filter(Boolean).join("-");
}

/** Figures grouped by series, intra-regional first, in the order the query returns them. */
export function groupIntoSeries(figures: readonly TradeFigureDto[]): TradeSeries[] {
  const bySeries = new Map<string, TradeSeries>();
  for (const figure of figures) {
    const key = seriesKey(figure);
    let series = bySeries.get(key);
    if (!series) {
      series = { key, scope: figure.scope, countryACode: figure.countryA?.code ?? null, countryBCode: figure.countryB?.code ?? null, figures: [] };
      bySeries.set(key, series);
    }
    series.figures.push(figure);
  }
  const order: Record<TradeScope, number> = { INTRA_REGIONAL: 0, BILATERAL: 1, PARTNER_REGION: 2 };
  return [...bySeries.values()].sort((a, b) => order[a.scope] - order[b.scope] || a.key.localeCompare(b.key));
}

// What the public pages read, through the data cache (lib/cache.ts).
const figureTags = [CACHE_TAGS.trade, CACHE_TAGS.sources] as const;

export const cachedTrade = {
  listTradeFigures: cachedQuery("trade.listTradeFigures", listTradeFigures, figureTags),
};

// The workspace's reads: uncached, so staff see their own writes at once.

export type StaffTradeFigureFilters = { scope?: TradeScope; country?: string; page: number };

/** Trade figures for the workspace list, newest period first, optionally of one scope or country. */
export async function listStaffTradeFigures({ scope, country, page }: StaffTradeFigureFilters) {
  const where: Prisma.TradeFigureWhereInput = {
    deletedAt: null,
    scope,
    ...(country ? { OR: [{ countryACode: country }, { countryBCode: country }] } : {}),
  };
  return readPage(
    { page, pageSize: STAFF_PAGE_SIZE },
    (window) =>
      prisma.tradeFigure.findMany({
        where,
        orderBy: [{ periodEnd: "desc" }, { periodStart: "desc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          scope: true,
          countryACode: true,
          countryBCode: true,
          periodStart: true,
          periodEnd: true,
          valueUsd: true,
          isLowerBound: true,
          growthPercent: true,
          growthIsLowerBound: true,
          isSynthetic: true,
          updatedAt: true,
        },
      }),
    () => prisma.tradeFigure.count({ where }),
  );
}

/** A live trade figure with what its edit form shows, or null. */
export function getTradeFigureForEdit(id: string) {
  return prisma.tradeFigure.findFirst({
    where: { id, deletedAt: null },
    include: { citations: citationsForEdit },
  });
}
