import { z } from "zod";

export const TRADE_VIEWS = ["chart", "table", "sources"] as const;
export type TradeView = (typeof TRADE_VIEWS)[number];

/** The /trade view in the URL: ?series=BILATERAL-KZ-UZ&view=table. Anything malformed falls back to the defaults. */
const tradeViewSchema = z.object({
  series: z.string().regex(/^[A-Z_]+(-[A-Z]{2}){0,2}$/).optional().catch(undefined),
  view: z.enum(TRADE_VIEWS).catch("chart"),
});

function parseView(series: string | undefined, view: string | undefined) {
  const parsed = tradeViewSchema.safeParse({ series, view: view ?? "chart" });
  return parsed.success ? parsed.data : { series: undefined, view: "chart" as const };
}

export function parseTradeView(searchParams: Record<string, string | string[] | undefined>, seriesKeys: readonly string[]) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const value = parseView(first(searchParams.series), first(searchParams.view));
  const series = value.series && seriesKeys.includes(value.series) ? value.series : seriesKeys[0];
  return { series, view: value.view };
}

/** The series segment of /trade's internal path when the URL names none: the first series. */
const DEFAULT_SERIES_SEGMENT = "first";

/**
 * /trade?series=…&view=… is served from the cacheable route /trade/[series]/[view]: the
 * proxy rewrites the query to these two path segments. Values the schema refuses become
 * the defaults here already, so malformed links share the default page's cache entry.
 */
export function tradeViewSegments(query: URLSearchParams): [series: string, view: TradeView] {
  const value = parseView(query.get("series") ?? undefined, query.get("view") ?? undefined);
  return [value.series ?? DEFAULT_SERIES_SEGMENT, value.view];
}
