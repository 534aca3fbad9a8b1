import { z } from "zod";

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

/** The non-default parts of a /trade query, for the canonical URL of a cached view (lib/query-route.ts). */
export function tradeViewParams(query: Record<string, string | string[] | undefined>): { series?: string; view?: string } {
  const value = parseView(first(query.series), first(query.view));
  return { series: value.series, view: value.view === "chart" ? undefined : value.view };
}
