"use client";

import { useId, useRef, useState } from "react";
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis, type BarShapeProps } from "recharts";
import { Decimal } from "@/lib/decimal";
import { formatUsd } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { ChartDownload } from "@/components/chart-download";

/** One year on the chart. value and path are in billions of USD; null draws nothing. */
export type ChartRow = {
  key: string;
  label: string;
  value: number | null;
  /** Read out and shown when the bar has focus: "2024: $11.5 bn (period inferred)". */
  description: string;
  /** The source of the figure and the sentence it quotes, shown with the focused bar. */
  source?: string;
  quote?: string;
  quoteLang?: string;
  lowerBound?: boolean;
  partial?: boolean;
  inferred?: boolean;
  path?: number | null;
};

export type ChartTarget = { value: number; label: string };

export type TradeChartProps = {
  title: string;
  /** The text summary the page shows next to the chart; the chart points at it. */
  summaryId: string;
  rows: ChartRow[];
  targets?: ChartTarget[];
  color: string;
  locale: Locale;
  fileName: string;
  labels: { download: string; svg: string; png: string; focusHint: string; pathLegend?: string; hatchLegend?: string; barLegend: string };
};

const TARGET_COLOR = "#4b5563";
const PATH_COLOR = "#D55E00";

/**
 * Reported figures as bars, targets as dashed lines, and optionally the path a target
 * would take as a line. Each bar is a tab stop whose label carries its figure; lower
 * bounds and partial periods are hatched, so colour is never the only cue.
 */
export function TradeChart({ title, summaryId, rows, targets = [], color, locale, fileName, labels }: TradeChartProps) {
  const id = useId().replace(/:/g, "");
  const figureRef = useRef<HTMLElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const max = Math.max(1, ...rows.map((r) => Math.max(r.value ?? 0, r.path ?? 0)), ...targets.map((t) => t.value));
  // Round ticks: a step of 1, 2 or 5 times a power of ten, about five of them.
  const rough = (max * 1.1) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const top = Math.ceil((max * 1.1) / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toFixed(6)));
  const hasPath = rows.some((r) => r.path != null);
  const hasHatch = rows.some((r) => r.lowerBound || r.partial);
  const axisMoney = (n: number) => (n === 0 ? "0" : formatUsd(new Decimal(n).times(1e9), locale));
  const active = focused === null ? null : rows[focused];

  function BarShape(props: BarShapeProps) {
    const { x = 0, y = 0, width = 0, height = 0 } = props;
    // recharts skips empty bars, so its index is not the row's: find the row by its key.
    const index = rows.findIndex((r) => r.key === (props.payload as ChartRow | undefined)?.key);
    const row = rows[index];
    if (!row || row.value === null) return <g />;
    const hatched = row.lowerBound || row.partial;
    const patternId = `${id}-hatch-${index}`;
    return (
      <g
        tabIndex={0}
        role="img"
        aria-label={[row.description, row.source].filter(Boolean).join(". ")}
        className="chart-point outline-none"
        onFocus={() => setFocused(index)}
        onBlur={() => setFocused((f) => (f === index ? null : f))}
        onMouseEnter={() => setFocused(index)}
        onMouseLeave={() => setFocused((f) => (f === index ? null : f))}
        data-testid="chart-point"
      >
        {hatched && (
          <defs>
            <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <rect width="3" height="6" fill={color} />
            </pattern>
          </defs>
        )}
        <rect x={x} y={y} width={width} height={height} fill={hatched ? `url(#${patternId})` : color} stroke={color} strokeWidth={hatched ? 1.5 : 0} />
        {focused === index && <rect x={x - 3} y={y - 3} width={width + 6} height={height + 6} fill="none" stroke="#0b5394" strokeWidth={3} />}
      </g>
    );
  }

  return (
    <figure ref={figureRef} aria-labelledby={`${id}-title`} aria-describedby={summaryId} className="space-y-2" data-testid="trade-chart">
      <figcaption id={`${id}-title`} className="font-medium">
        {title}
      </figcaption>
      <div className="w-full" style={{ height: 300 }}>
        <ComposedChart
          responsive
          style={{ width: "100%", height: "100%" }}
          data={rows}
          margin={{ top: 20, right: 16, bottom: 8, left: 8 }}
          accessibilityLayer={false}
          title={title}
          role="group"
          aria-label={title}
        >
          <CartesianGrid stroke="#d9dde3" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: "#4b5563", fontSize: 12 }} interval="preserveStartEnd" minTickGap={6} tickLine={false} />
          <YAxis domain={[0, top]} ticks={ticks} tickFormatter={axisMoney} tick={{ fill: "#4b5563", fontSize: 12 }} width={92} />
          <Bar dataKey="value" shape={BarShape} isAnimationActive={false} maxBarSize={56} />
          {hasPath && (
            <Line dataKey="path" stroke={PATH_COLOR} strokeWidth={2} strokeDasharray="6 4" dot={{ r: 3, fill: PATH_COLOR }} isAnimationActive={false} connectNulls />
          )}
          {targets.map((t) => (
            <ReferenceLine
              key={t.label}
              y={t.value}
              stroke={TARGET_COLOR}
              strokeDasharray="4 4"
              label={{ value: t.label, position: "insideTopLeft", fill: "#1b1f24", fontSize: 12 }}
            />
          ))}
        </ComposedChart>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-hidden="true">
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-3" style={{ background: color }} /> {labels.barLegend}
        </li>
        {hasHatch && labels.hatchLegend && (
          <li className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 border" style={{ borderColor: color, background: `repeating-linear-gradient(45deg, ${color} 0 2px, #fff 2px 4px)` }} />
            {labels.hatchLegend}
          </li>
        )}
        {hasPath && labels.pathLegend && (
          <li className="flex items-center gap-1">
            <span className="inline-block w-4 border-t-2 border-dashed" style={{ borderColor: PATH_COLOR }} /> {labels.pathLegend}
          </li>
        )}
      </ul>
      <div className="min-h-10 rounded border border-line bg-canvas px-3 py-2 text-sm" aria-hidden="true" data-testid="chart-focused">
        {active ? (
          <>
            <p className="tabular font-medium">{active.description}</p>
            {active.source && <p className="text-xs text-muted">{active.source}</p>}
            {active.quote && (
              <p lang={active.quoteLang} className="text-xs italic text-muted">
                «{active.quote}»
              </p>
            )}
          </>
        ) : (
          <p className="text-faint">{labels.focusHint}</p>
        )}
      </div>
      <ChartDownload figureRef={figureRef} title={title} fileName={fileName} labels={labels} />
    </figure>
  );
}
