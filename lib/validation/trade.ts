import { z } from "zod";

export const TRADE_VIEWS = ["chart", "table", "sources"] as const;
export type TradeView = (typeof TRADE_VIEWS)[number];

/** The /trade view in the URL: ?series=BILATERAL-KZ-UZ&view=table. Anything malformed falls back to the defaults. */
const tradeViewSchema = z.object({
  series: z.string().regex(/^[A-Z_]+(-[A-Z]{2}){0,2}$/).optional().catch(undefined),
  view: z.enum(TRADE_VIEWS).catch("chart"),
});

export function parseTradeView(searchParams: Record<string, string | string[] | undefined>, seriesKeys: readonly string[]) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = tradeViewSchema.safeParse({ series: first(searchParams.series), view: first(searchParams.view) ?? "chart" });
  const value = parsed.success ? parsed.data : { series: undefined, view: "chart" as const };
  const series = value.series && seriesKeys.includes(value.series) ? value.series : seriesKeys[0];
  return { series, view: value.view };
}
