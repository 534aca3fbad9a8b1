"use client";

import { memo, useCallback, type Dispatch, type SetStateAction } from "react";
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis, type BarShapeProps } from "recharts";
import { Decimal } from "@/lib/decimal";
import { formatUsd } from "@/lib/format";
import { chartScale } from "@/lib/charts/preview";
import type { Locale } from "@/lib/i18n/routing";
import type { ChartRow, ChartTarget } from "@/lib/charts/chart-row";

const TARGET_COLOR = "#4b5563";

type Props = {
  /** Prefix for the hatch patterns' ids, unique on the page. */
  id: string;
  title: string;
  rows: ChartRow[];
  targets: ChartTarget[];
  color: string;
  /** Draws the rows' path values as a line in this colour. */
  path: { color: string } | null;
  locale: Locale;
  setFocused: Dispatch<SetStateAction<number | null>>;
};

/**
 * The plot of TradeChart, drawn with recharts: a module of its own so that recharts, most of a
 * chart page's JavaScript, loads after the page instead of with it. It does not re-render when
 * a bar takes focus: recharts redraws the bars from scratch when their shape changes, which
 * took the focused bar out of the page and sent the next Tab back to the first bar. The
 * highlight of the focused or pointed-at bar is CSS (.chart-point in globals.css).
 */
export const TradeChartPlot = memo(function TradeChartPlot({ id, title, rows, targets, color, path, locale, setFocused }: Props) {
  // The same axis as the preview image's (lib/charts/preview.ts), so the two cannot differ.
  const { top, ticks } = chartScale(rows, targets);
  const axisMoney = (n: number) => (n === 0 ? "0" : formatUsd(new Decimal(n).times(1e9), locale));

  const BarShape = useCallback(
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
          // The panel below keeps the last bar focused, pointed at or tapped: clearing it when
          // the bar lost focus took its source link away as Tab or a tap went to it.
          onFocus={() => setFocused(index)}
          onMouseEnter={() => setFocused(index)}
          // A tap on a phone: the bar's figure and source show below the chart.
          onClick={() => setFocused(index)}
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
          <rect className="chart-focus-ring" x={x - 3} y={y - 3} width={width + 6} height={height + 6} fill="none" stroke="#0b5394" strokeWidth={3} />
        </g>
      );
    },
    [id, rows, color, setFocused],
  );

  return (
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
      {path && (
        <Line
          dataKey="path"
          stroke={path.color}
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={{ r: 3, fill: path.color }}
          isAnimationActive={false}
          connectNulls
        />
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
  );
});
