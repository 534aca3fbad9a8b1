import { chartScale, type ChartScale } from "@/lib/charts/preview";

// The comparison chart on /trade (components/compare-chart.tsx) and its CSV: several series
// on one time axis, as lines where their periods follow one another, with the summits marked.

export type CompareMeasure = "absolute" | "index";

/** Where a compared figure comes from, as the chart's footer and the CSV name it. */
export type CompareSource = { id: string; title: string; publisher: string | null; publishedOn: Date | null; url: string | null };

/** One figure of a compared series. `partial`: a part of its period (Jan–Oct of a yearly series), drawn but never joined. */
export type CompareFigure = { periodStart: Date; periodEnd: Date; valueUsd: number | null; partial: boolean; source: CompareSource | null };

/** `historyHref`: where the series' revisions are listed (official statistics as released). */
export type CompareInput = { key: string; name: string; figures: readonly CompareFigure[]; historyHref?: string };

/** An event shown on the time axis: a Consultative Meeting, or where a target was set. */
export type CompareMarkerInput = { key: string; label: string; title: string; date: Date; href: string };

export type ComparedPoint = {
  periodStart: Date;
  periodEnd: Date;
  usd: number;
  /** What the chart draws: billions of USD, or the index (the series' first figure in range = 100). */
  value: number;
  partial: boolean;
  source: CompareSource | null;
  /** Across the plot, in percent of its width: the middle of the period. */
  x: number;
  /** Down the plot, in pixels from its top. */
  y: number;
};

export type ComparedSeries = {
  key: string;
  name: string;
  historyHref?: string;
  color: string;
  /** Dashes for the series after the palette's seven colours, so ten stay apart. */
  dash: string | null;
  points: ComparedPoint[];
  /** Runs of points drawn as one line: consecutive periods, none of them partial. */
  lines: ComparedPoint[][];
  /** The figure the index is based on (index measure only). */
  base: ComparedPoint | null;
};

export type Comparison = {
  measure: CompareMeasure;
  /** The years on the axis, first and last included; null when no series has a figure in range. */
  years: { from: number; to: number } | null;
  /** Each year's slot: its label's position (the middle of the year), in percent. */
  yearTicks: { year: number; x: number }[];
  scale: ChartScale;
  /** Tick positions down the plot, in pixels from its top, with their values. */
  valueTicks: { value: number; y: number }[];
  series: ComparedSeries[];
  /** `row` 1 sets a label above the row-0 labels, where the summit before is too close. */
  markers: (CompareMarkerInput & { x: number; row: 0 | 1 })[];
};

/**
 * Okabe–Ito's colours (blue, vermilion, bluish green, reddish purple, orange, sky blue, black),
 * distinguishable with the common forms of colour blindness; the yellow is left out, as it
 * is too light on white. Series eight to ten repeat them with dashes.
 */
export const COMPARE_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#1b1f24"] as const;

const DAY = 86_400_000;
// Summit labels closer than this share of the plot's width are set on two rows.
const LABEL_ROOM = 7;

const yearStart = (year: number) => Date.UTC(year, 0, 1);
const middle = (p: { periodStart: Date; periodEnd: Date }) => (p.periodStart.getTime() + p.periodEnd.getTime() + DAY) / 2;

/** Whether `next` starts the day after `previous` ends: a line may join them. */
function follows(previous: { periodEnd: Date }, next: { periodStart: Date }): boolean {
  return next.periodStart.getTime() - previous.periodEnd.getTime() <= DAY;
}

/**
 * Lays out the compared series between the years `from` and `to` (each included; by default
 * the first and last year any series has a figure in), in a plot `height` pixels tall.
 * Figures outside the years are left out; a figure without a value is never drawn. With the
 * index measure each series is divided by its own first figure in range (= 100), so series
 * of very different sizes can be compared by their growth.
 * E.g. KZ–UZ $4.0 bn in 2015 and $6.0 bn in 2016 → index 100 and 150.
 */
export function buildComparison(
  inputs: readonly CompareInput[],
  options: { from?: number; to?: number; measure: CompareMeasure },
  markers: readonly CompareMarkerInput[],
  height: number,
): Comparison {
  const { measure } = options;
  const inRange = inputs.map((input) => ({
    ...input,
    figures: input.figures
      .filter((f): f is CompareFigure & { valueUsd: number } => f.valueUsd !== null)
      .filter(
        (f) =>
          (options.from === undefined || f.periodStart.getUTCFullYear() >= options.from) &&
          (options.to === undefined || f.periodEnd.getUTCFullYear() <= options.to),
      )
      .sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime() || a.periodEnd.getTime() - b.periodEnd.getTime()),
  }));
  const years = inRange.flatMap((s) => s.figures.flatMap((f) => [f.periodStart.getUTCFullYear(), f.periodEnd.getUTCFullYear()]));
  if (years.length === 0) {
    return {
      measure,
      years: null,
      yearTicks: [],
      scale: chartScale([], []),
      valueTicks: [],
      series: inputs.map((s, i) => ({ key: s.key, name: s.name, ...look(i), points: [], lines: [], base: null })),
      markers: [],
    };
  }
  const from = options.from ?? Math.min(...years);
  const to = options.to ?? Math.max(...years);
  const start = yearStart(from);
  const span = yearStart(to + 1) - start;
  const xOf = (time: number) => ((time - start) / span) * 100;

  const valued = inRange.map((s) => {
    const base = s.figures[0];
    return {
      ...s,
      values: s.figures.map((f) => (measure === "index" ? (base && base.valueUsd !== 0 ? (f.valueUsd / base.valueUsd) * 100 : null) : f.valueUsd / 1e9)),
    };
  });
  // The axis fits the figures however small (a monthly series in millions), never less than $1 m or an index of 1.
  const scale = chartScale(
    valued.flatMap((s) => s.values.map((value) => ({ value, path: null }))),
    [],
    measure === "index" ? 1 : 0.001,
  );
  const yOf = (value: number) => height - (value / scale.top) * height;

  const series = valued.map((s, i): ComparedSeries => {
    const points: ComparedPoint[] = [];
    s.figures.forEach((f, j) => {
      const value = s.values[j];
      if (value === null || value === undefined) return;
      points.push({ ...f, usd: f.valueUsd, value, x: xOf(middle(f)), y: yOf(value) });
    });
    const lines: ComparedPoint[][] = [];
    points.forEach((point, j) => {
      const previous = points[j - 1];
      const joined = previous && !previous.partial && !point.partial && follows(previous, point);
      if (joined) lines.at(-1)!.push(point);
      else lines.push([point]);
    });
    return {
      key: s.key,
      name: s.name,
      historyHref: s.historyHref,
      ...look(i),
      points,
      lines: lines.filter((line) => line.length > 1),
      base: measure === "index" ? (points[0] ?? null) : null,
    };
  });

  const count = to - from + 1;
  return {
    measure,
    years: { from, to },
    yearTicks: Array.from({ length: count }, (_, i) => ({ year: from + i, x: ((i + 0.5) / count) * 100 })),
    scale,
    valueTicks: scale.ticks.map((value) => ({ value, y: yOf(value) })),
    series,
    markers: markers
      .filter((m) => m.date.getTime() >= start && m.date.getTime() < start + span)
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .reduce<Comparison["markers"]>((placed, m) => {
        const x = xOf(m.date.getTime());
        const before = placed.at(-1);
        return [...placed, { ...m, x, row: before && before.row === 0 && x - before.x < LABEL_ROOM ? 1 : 0 }];
      }, []),
  };
}

function look(index: number): { color: string; dash: string | null } {
  return { color: COMPARE_COLORS[index % COMPARE_COLORS.length]!, dash: index < COMPARE_COLORS.length ? null : "6 3" };
}

/**
 * The comparison as a table: one row per period any series has a figure for, oldest first,
 * one cell per series (null where it has none). A yearly and a monthly series share no rows.
 */
export function comparisonRows(comparison: Comparison): { periodStart: Date; periodEnd: Date; cells: (ComparedPoint | null)[] }[] {
  const periods = new Map<string, { periodStart: Date; periodEnd: Date }>();
  for (const s of comparison.series) for (const p of s.points) periods.set(periodId(p), { periodStart: p.periodStart, periodEnd: p.periodEnd });
  return [...periods.values()]
    .sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime() || b.periodStart.getTime() - a.periodStart.getTime())
    .map((period) => ({ ...period, cells: comparison.series.map((s) => s.points.find((p) => periodId(p) === periodId(period)) ?? null) }));
}

const periodId = (p: { periodStart: Date; periodEnd: Date }) => `${p.periodStart.getTime()}-${p.periodEnd.getTime()}`;
