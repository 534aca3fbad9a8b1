import { z } from "zod";
import { parseReportedSeriesKey } from "@/lib/trade-stats/series-key";
import type { CompareMeasure } from "@/lib/charts/compare";

export const TRADE_VIEWS = ["chart", "table", "sources"] as const;
export type TradeView = (typeof TRADE_VIEWS)[number];

/** The /trade view in the URL: ?series=BILATERAL-KZ-UZ&view=table. Anything malformed falls back to the defaults. */
const tradeViewSchema = z.object({
  series: z
    .string()
    .regex(/^[A-Z_]+(-[A-Z]{2}){0,2}$/)
    .optional()
    .catch(undefined),
  view: z.enum(TRADE_VIEWS).catch("chart"),
});

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function parseView(series: string | undefined, view: string | undefined) {
  const parsed = tradeViewSchema.safeParse({ series, view: view ?? "chart" });
  return parsed.success ? parsed.data : { series: undefined, view: "chart" as const };
}

export function parseTradeView(searchParams: Record<string, string | string[] | undefined>, seriesKeys: readonly string[]) {
  const value = parseView(first(searchParams.series), first(searchParams.view));
  const series = value.series && seriesKeys.includes(value.series) ? value.series : seriesKeys[0];
  return { series, view: value.view };
}

/** At most this many series on one comparison chart. */
export const MAX_COMPARED = 10;

/** A stated series' id (lib/queries/trade.ts seriesKey) or a reported one's (lib/trade-stats/series-key.ts). */
const STATED_KEY = /^(INTRA_REGIONAL|BILATERAL-[A-Z]{2}-[A-Z]{2}|PARTNER_REGION-[A-Z]{2})$/;
const isSeriesKey = (key: string) => STATED_KEY.test(key) || parseReportedSeriesKey(key) !== null;
const YEAR = /^(19[5-9]\d|20\d\d)$/;

export type CompareQuery = { series: string[]; from?: number; to?: number; measure: CompareMeasure };

/**
 * The comparison on /trade: ?compare=INTRA_REGIONAL,REPORTED-KZ-UZ-TURNOVER&from=2015&to=2024&measure=index.
 * Series ids that are malformed are dropped, repeats too, and any beyond the tenth; years
 * outside 1950–2099 are ignored, and a range given backwards is turned round.
 */
export function parseCompareQuery(query: Record<string, string | string[] | undefined>): CompareQuery {
  const series = [
    ...new Set(
      [query.compare ?? [], addedSeries(query) ?? []]
        .flat()
        .flatMap((value) => value.split(","))
        .map((key) => key.trim())
        .filter(isSeriesKey),
    ),
  ].slice(0, MAX_COMPARED);
  const year = (v: string | string[] | undefined) => {
    const text = first(v);
    return text && YEAR.test(text) ? Number(text) : undefined;
  };
  let from = year(query.from);
  let to = year(query.to);
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return { series, from, to, measure: first(query.measure) === "index" ? "index" : "absolute" };
}

/**
 * The series of official statistics the form's four menus name, to add to the comparison:
 * ?add_reporter=KZ&add_partner=UZ&add_flow=EXPORT&add_frequency=MONTH → "REPORTED-KZ-UZ-EXPORT-MONTH".
 */
function addedSeries(query: Record<string, string | string[] | undefined>): string | undefined {
  const [reporter, partner, flow, frequency] = ["add_reporter", "add_partner", "add_flow", "add_frequency"].map((name) => first(query[name]) ?? "");
  const key = `REPORTED-${reporter}-${partner}-${flow}${frequency === "YEAR" ? "" : `-${frequency}`}`;
  return parseReportedSeriesKey(key) ? key : undefined;
}

/** The non-default parts of a /trade query, for the canonical URL of a cached view (lib/query-route.ts). */
export function tradeViewParams(query: Record<string, string | string[] | undefined>): {
  series?: string;
  view?: string;
  compare?: string;
  from?: number;
  to?: number;
  measure?: string;
} {
  const value = parseView(first(query.series), first(query.view));
  const compare = parseCompareQuery(query);
  return {
    series: value.series,
    view: value.view === "chart" ? undefined : value.view,
    compare: compare.series.length > 0 ? compare.series.join(",") : undefined,
    from: compare.from,
    to: compare.to,
    measure: compare.measure === "index" ? "index" : undefined,
  };
}
