import type { Locale } from "@/lib/i18n/routing";

// What a trade chart draws, built by lib/charts/trade-rows.ts and drawn by components/trade-chart.tsx.

/** One year on the chart. value and path are in billions of USD; null draws nothing. */
export type ChartRow = {
  key: string;
  label: string;
  value: number | null;
  /** Read out and shown when the bar has focus: "2024: $11.5 bn (period inferred)". */
  description: string;
  /** The source of the figure, its page and the sentence it quotes, shown with the focused bar. */
  source?: string;
  sourceHref?: string;
  quote?: string;
  quoteLang?: string;
  lowerBound?: boolean;
  partial?: boolean;
  inferred?: boolean;
  path?: number | null;
};

export type ChartTarget = { value: number; label: string };

/** What both drawings of a trade chart take: the server's picture and recharts' plot. */
export type ChartDrawing = {
  /** Prefix for the hatch patterns' ids, unique on the page. */
  id: string;
  title: string;
  rows: ChartRow[];
  targets: ChartTarget[];
  color: string;
  /** Draws the rows' path values as a line in this colour. */
  path: { color: string } | null;
  locale: Locale;
};
