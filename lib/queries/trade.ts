import "server-only";
import { prisma } from "@/lib/db";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import { countryNameSelect } from "@/lib/queries/countries";
import { citationsForEdit, citationsRelation } from "@/lib/queries/citations";
import { MAX_PAGE_SIZE, readPage, STAFF_PAGE_SIZE } from "@/lib/paging";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TradeFlow, TradeFrequency, TradeScope } from "@/lib/generated/prisma/enums";
import type { ReportedFigure } from "@/lib/metrics/mirror";
import { turnoverOf } from "@/lib/metrics/turnover";
import { parseReportedSeriesKey, reportedSeriesKey, storedPair, type ReportedSeries } from "@/lib/trade-stats/series-key";

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
  reporterCode: true,
  flow: true,
  frequency: true,
  releasedOn: true,
  citations: citationsRelation,
} satisfies Prisma.TradeFigureSelect;

export type TradeFigureDto = Prisma.TradeFigureGetPayload<{ select: typeof figureSelect }>;

/** What identifies one series: intra-regional, a country pair, or a partner with the region. */
export type SeriesScope = { scope: TradeScope; countryACode: string | null; countryBCode: string | null };

/**
 * Which figures: `reporter` "statement" (the default) for figures stated in speeches and
 * articles, a country's code for its official statistics, "all" for both; `partner` the
 * other country of the pair (for statements, either); years bound the periods.
 */
export type TradeFigureFilters = {
  series?: SeriesScope;
  reporter?: "statement" | "all" | (string & {});
  partner?: string;
  flow?: TradeFlow;
  frequency?: TradeFrequency;
  from?: number;
  to?: number;
};

/**
 * Trade figures, oldest first within each series, stated ones unless asked otherwise: the
 * pages show those, and the explorer that compares them with official statistics is still
 * to come (issue 17). Synthetic (test) rows and deleted rows are never shown to the public.
 */
export async function listTradeFigures(options: TradeFigureFilters & { page?: number; pageSize?: number } = {}) {
  const { series, reporter = "statement", partner, flow, frequency, from, to } = options;
  const where = {
    deletedAt: null,
    isSynthetic: false,
    ...(reporter === "statement" ? { reporterCode: null } : reporter === "all" ? {} : { reporterCode: reporter }),
    ...(series && { scope: series.scope, countryACode: series.countryACode, countryBCode: series.countryBCode }),
    ...(partner && { OR: [{ countryACode: partner }, { countryBCode: partner }] }),
    ...(flow && { flow }),
    ...(frequency && { frequency }),
    ...(from !== undefined && { periodStart: { gte: new Date(Date.UTC(from, 0, 1)) } }),
    ...(to !== undefined && { periodEnd: { lte: new Date(Date.UTC(to, 11, 31)) } }),
  } satisfies Prisma.TradeFigureWhereInput;
  return readPage(
    { page: Math.max(options.page ?? 1, 1), pageSize: options.pageSize ?? MAX_PAGE_SIZE },
    (window) =>
      prisma.tradeFigure.findMany({
        where,
        orderBy: [
          { scope: "asc" },
          { countryACode: "asc" },
          { countryBCode: "asc" },
          { reporterCode: { sort: "asc", nulls: "first" } },
          { flow: "asc" },
          { periodEnd: "asc" },
          { id: "asc" },
        ],
        ...window,
        select: figureSelect,
      }),
    () => prisma.tradeFigure.count({ where }),
  );
}

/** The earlier values of these figures that later releases revised, oldest first, by figure. */
export async function listRevisions(figureIds: readonly string[]) {
  const rows = await prisma.tradeFigureRevision.findMany({
    where: { figureId: { in: [...figureIds] } },
    orderBy: [{ replacedAt: "asc" }, { id: "asc" }],
    select: { figureId: true, valueUsd: true, releasedOn: true, sourceId: true, replacedAt: true },
  });
  const byFigure = new Map<string, typeof rows>();
  for (const row of rows) byFigure.set(row.figureId, [...(byFigure.get(row.figureId) ?? []), row]);
  return byFigure;
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

/** Yearly figures of official statistics (not statements), oldest first. */
async function reportedYearly(where: Prisma.TradeFigureWhereInput): Promise<ReportedFigure[]> {
  const rows = await prisma.tradeFigure.findMany({
    where: { deletedAt: null, isSynthetic: false, reporterCode: { not: null }, frequency: "YEAR", ...where },
    orderBy: [{ periodStart: "asc" }, { id: "asc" }],
    select: { reporterCode: true, countryACode: true, countryBCode: true, flow: true, periodStart: true, valueUsd: true },
  });
  return rows.map((r) => ({
    reporterCode: r.reporterCode!,
    countryACode: r.countryACode!,
    countryBCode: r.countryBCode!,
    flow: r.flow,
    year: r.periodStart.getUTCFullYear(),
    valueUsd: r.valueUsd!.toNumber(),
  }));
}

/** The pair's yearly exports and imports as each side's statistics report them (lib/metrics/mirror.ts); `a` before `b` alphabetically. */
export function listMirrorFigures(a: string, b: string): Promise<ReportedFigure[]> {
  return reportedYearly({ countryACode: a, countryBCode: b, flow: { in: ["EXPORT", "IMPORT"] } });
}

/** Every yearly figure of official statistics: the matrix of the six (lib/metrics/trade-matrix.ts). */
export function listMatrixFigures(): Promise<ReportedFigure[]> {
  return reportedYearly({});
}

/** `derived`: a turnover the reporter's statistics do not state, the sum of its exports and imports (lib/metrics/turnover.ts). */
export type ReportedSeriesChoice = ReportedSeries & { key: string; count: number; derived: boolean };

/**
 * The series of official statistics the portal holds figures of, with their counts: what the
 * explorer offers. Where a reporter gives exports and imports but no turnover, the turnover
 * is offered too, as their sum.
 */
export async function listReportedSeries(): Promise<ReportedSeriesChoice[]> {
  const groups = await prisma.tradeFigure.groupBy({
    by: ["reporterCode", "countryACode", "countryBCode", "flow", "frequency"],
    where: { deletedAt: null, isSynthetic: false, reporterCode: { not: null }, frequency: { not: null } },
    _count: { _all: true },
  });
  const stated = groups.map((g) => {
    const series: ReportedSeries = {
      reporter: g.reporterCode!,
      partner: g.reporterCode === g.countryACode ? g.countryBCode! : g.countryACode!,
      flow: g.flow,
      frequency: g.frequency!,
    };
    return { ...series, key: reportedSeriesKey(series), count: g._count._all, derived: false };
  });
  const derived = stated.flatMap((s) => {
    if (s.flow !== "EXPORT") return [];
    const key = (flow: TradeFlow) => reportedSeriesKey({ ...s, flow });
    const imports = stated.find((other) => other.key === key("IMPORT"));
    if (!imports || stated.some((other) => other.key === key("TURNOVER"))) return [];
    return [{ ...s, flow: "TURNOVER" as const, key: key("TURNOVER"), count: Math.min(s.count, imports.count), derived: true }];
  });
  return [...stated, ...derived].sort((a, b) => a.key.localeCompare(b.key));
}

const reportedFigureSelect = {
  periodStart: true,
  periodEnd: true,
  valueUsd: true,
  releasedOn: true,
  citations: {
    select: { source: { select: { id: true, titleRu: true, titleEn: true, publisher: true, publishedOn: true, url: true } } },
    orderBy: { id: "asc" },
    take: 1,
  },
} satisfies Prisma.TradeFigureSelect;

export type ReportedSeriesFigure = Prisma.TradeFigureGetPayload<{ select: typeof reportedFigureSelect }>;

/** The published figures of one series of official statistics. */
function reportedSeriesWhere(series: ReportedSeries): Prisma.TradeFigureWhereInput {
  const [a, b] = storedPair(series);
  return {
    deletedAt: null,
    isSynthetic: false,
    reporterCode: series.reporter,
    countryACode: a,
    countryBCode: b,
    flow: series.flow,
    frequency: series.frequency,
  };
}

function reportedFlow(series: ReportedSeries): Promise<ReportedSeriesFigure[]> {
  return prisma.tradeFigure.findMany({
    where: reportedSeriesWhere(series),
    orderBy: [{ periodStart: "asc" }, { id: "asc" }],
    select: reportedFigureSelect,
  });
}

/**
 * The figures of each named series of official statistics (ids as reportedSeriesKey writes
 * them), oldest first; a turnover the reporter does not state is the sum of its exports and
 * imports (`derived`), each figure citing the exports' source.
 */
export async function listReportedSeriesFigures(keys: readonly string[]): Promise<Record<string, { derived: boolean; figures: ReportedSeriesFigure[] }>> {
  const entries = await Promise.all(
    keys.flatMap((key) => {
      const series = parseReportedSeriesKey(key);
      if (!series) return [];
      return [
        reportedFlow(series).then(async (figures) => {
          if (figures.length > 0 || series.flow !== "TURNOVER") return [key, { derived: false, figures }] as const;
          const [exports, imports] = await Promise.all([reportedFlow({ ...series, flow: "EXPORT" }), reportedFlow({ ...series, flow: "IMPORT" })]);
          return [key, { derived: true, figures: turnoverOf(exports, imports) }] as const;
        }),
      ];
    }),
  );
  return Object.fromEntries(entries);
}

const sourceBrief = { select: { id: true, titleRu: true, titleEn: true, publisher: true } } as const;

/**
 * A series of official statistics' revised figures, newest period first: each with its value
 * now, its release and source, and the values later releases replaced, oldest first, each
 * with its own. Null when the id names no series.
 */
export async function listSeriesRevisions(key: string) {
  const series = parseReportedSeriesKey(key);
  if (!series) return null;
  return prisma.tradeFigure.findMany({
    where: { ...reportedSeriesWhere(series), revisions: { some: {} } },
    orderBy: [{ periodStart: "desc" }, { id: "asc" }],
    select: {
      id: true,
      periodStart: true,
      periodEnd: true,
      valueUsd: true,
      releasedOn: true,
      citations: { select: { source: sourceBrief }, orderBy: { id: "asc" }, take: 1 },
      revisions: { orderBy: [{ replacedAt: "asc" }, { id: "asc" }], select: { id: true, valueUsd: true, releasedOn: true, source: sourceBrief } },
    },
  });
}

// What the public pages read, through the data cache (lib/cache.ts).
const figureTags = [CACHE_TAGS.trade, CACHE_TAGS.sources] as const;

export const cachedTrade = {
  listTradeFigures: cachedQuery("trade.listTradeFigures", listTradeFigures, figureTags),
  listMirrorFigures: cachedQuery("trade.listMirrorFigures", listMirrorFigures, figureTags),
  listMatrixFigures: cachedQuery("trade.listMatrixFigures", listMatrixFigures, figureTags),
  listReportedSeries: cachedQuery("trade.listReportedSeries", listReportedSeries, figureTags),
  listReportedSeriesFigures: cachedQuery("trade.listReportedSeriesFigures", listReportedSeriesFigures, figureTags),
  listSeriesRevisions: cachedQuery("trade.listSeriesRevisions", listSeriesRevisions, figureTags),
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
