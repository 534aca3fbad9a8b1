import type { ChartRow, ChartTarget } from "@/lib/charts/chart-row";
import { Decimal } from "@/lib/decimal";
import { formatUsd } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

/** The value axis of a trade chart: 0 to `top` billion USD, ticks every `step`. */
export type ChartScale = { top: number; step: number; ticks: number[] };

/**
 * The value axis the interactive chart draws (components/trade-chart-plot.tsx): the largest
 * bar, path point or target plus a tenth, rounded up to a step of 1, 2 or 5 times a power of
 * ten, about five ticks. Intra-regional trade with the $20 bn target: max 20 → step 5, top 25.
 */
export function chartScale(
  rows: readonly Pick<ChartRow, "value" | "path">[],
  targets: readonly Pick<ChartTarget, "value">[],
  /** The axis reaches at least this far: $1 bn on the trade charts; the comparison's monthly series are far smaller. */
  atLeast = 1,
): ChartScale {
  const max = Math.max(atLeast, ...rows.map((r) => Math.max(r.value ?? 0, r.path ?? 0)), ...targets.map((t) => t.value));
  const rough = (max * 1.1) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const top = Math.ceil((max * 1.1) / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toFixed(6)));
  return { top, step, ticks };
}

/** A value-axis label of the page's charts: billions of USD in the page's money format, "0" for zero. */
export function axisMoney(billions: number, locale: Locale): string {
  return billions === 0 ? "0" : formatUsd(new Decimal(billions).times(1e9), locale);
}

export type PreviewBar = {
  key: string;
  /** The axis label: "2024", "Jan–Oct 2021". */
  label: string;
  /** The figure over the bar ("$11.5 bn", "more than $3 bn"); empty for a year without one. */
  valueText: string;
  /** Position in the plot area, in pixels from its top left. */
  x: number;
  width: number;
  y: number;
  height: number;
  /** Hatched on the chart: a lower bound or part of a year. */
  hatched: boolean;
  inferred: boolean;
};

export type PreviewLine = { label: string; y: number };
export type PreviewPoint = { x: number; y: number };

export type PreviewModel = {
  scale: ChartScale;
  bars: PreviewBar[];
  targets: PreviewLine[];
  /** The required path to a target, as points at the bars' centres (target pages). */
  path: PreviewPoint[];
  ticks: PreviewLine[];
};

/**
 * The preview image's chart (app/…/preview.png) laid out from the same rows and targets the
 * interactive chart draws, in a plot area of `width` × `height` pixels: one slot per year, a
 * bar per figure, the targets as horizontal lines, on the interactive chart's value axis.
 * `valueText` writes a row's figure (the page's own money format).
 */
export function buildPreviewModel(
  rows: readonly ChartRow[],
  targets: readonly ChartTarget[],
  size: { width: number; height: number },
  valueText: (row: ChartRow) => string,
): PreviewModel {
  const scale = chartScale(rows, targets);
  const y = (value: number) => size.height - (value / scale.top) * size.height;
  const slot = rows.length ? size.width / rows.length : size.width;
  const barWidth = Math.min(120, slot * 0.6);
  const bars = rows.map((row, i): PreviewBar => {
    const top = row.value === null ? size.height : y(row.value);
    return {
      key: row.key,
      label: row.label,
      valueText: row.value === null ? "" : valueText(row),
      x: i * slot + (slot - barWidth) / 2,
      width: barWidth,
      y: top,
      height: size.height - top,
      hatched: Boolean(row.lowerBound || row.partial),
      inferred: Boolean(row.inferred),
    };
  });
  const path = rows.flatMap((row, i) => (row.path == null ? [] : [{ x: i * slot + slot / 2, y: y(row.path) }]));
  return {
    scale,
    bars,
    targets: targets.map((t) => ({ label: t.label, y: y(t.value) })),
    path,
    ticks: scale.ticks.map((tick) => ({ label: String(tick), y: y(tick) })),
  };
}

// Characters the preview's font (Geist, from the geist package) is known to draw. Anything else
// would make next/og fetch a font from Google at run time, so it becomes a plain "?".
const DRAWN = /[\u0020-\u007E\u00A0-\u017F\u0400-\u04FF\u2010-\u2027\u2030-\u203A\u20AC\u2116\u2190-\u2193\u2264\u2265]/u;
const ODD_SPACE = /[\u2000-\u200A\u202F\u205F\u3000]/gu;

/** Text safe to draw in the preview image: odd spaces become spaces, undrawable characters "?". */
export function previewText(text: string): string {
  return [...text.replace(ODD_SPACE, " ")].map((c) => (DRAWN.test(c) ? c : c === "\n" ? " " : "?")).join("");
}
