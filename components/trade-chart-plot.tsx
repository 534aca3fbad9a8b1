"use client";

import { memo, useCallback, type Dispatch, type SetStateAction } from "react";
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis, type BarShapeProps } from "recharts";
import { ChartBar } from "@/components/chart-bar";
import { CHART_BOX, CHART_INK } from "@/lib/charts/chart-box";
import { axisMoney, chartScale } from "@/lib/charts/preview";
import type { ChartDrawing, ChartRow } from "@/lib/charts/chart-row";

export type TradeChartPlotProps = ChartDrawing & { setFocused: Dispatch<SetStateAction<number | null>> };

/**
 * The plot of TradeChart, drawn with recharts: a module of its own so that recharts, most of a
 * chart page's JavaScript, loads after the page instead of with it. It does not re-render when
 * a bar takes focus: recharts redraws the bars from scratch when their shape changes, which
 * took the focused bar out of the page and sent the next Tab back to the first bar. The
 * highlight of the focused or pointed-at bar is CSS (.chart-point in globals.css). The page
 * shows the server-drawn picture of the same chart (components/trade-chart-picture.tsx) until
 * a reader reaches for it.
 */
export const TradeChartPlot = memo(function TradeChartPlot({ id, title, rows, targets, color, path, locale, setFocused }: TradeChartPlotProps) {
  // The same axis as the preview image's and the server-drawn picture's (lib/charts/preview.ts).
  const { top, ticks } = chartScale(rows, targets);

  const BarShape = useCallback(
    function BarShape(props: BarShapeProps) {
      const { x = 0, y = 0, width = 0, height = 0 } = props;
      // recharts skips empty bars, so its index is not the row's: find the row by its key.
      const index = rows.findIndex((r) => r.key === (props.payload as ChartRow | undefined)?.key);
      const row = rows[index];
      if (!row || row.value === null) return <g />;
      return (
        <ChartBar
          row={row}
          index={index}
          patternId={`${id}-hatch-${index}`}
          color={color}
          onPick={() => setFocused(index)}
          rect={(grow) => ({ x: x - grow, y: y - grow, width: width + 2 * grow, height: height + 2 * grow })}
        />
      );
    },
    [id, rows, color, setFocused],
  );

  return (
    <ComposedChart
      responsive
      style={{ width: "100%", height: "100%" }}
      data={rows}
      margin={{ top: CHART_BOX.top, right: CHART_BOX.right, bottom: CHART_BOX.bottom, left: CHART_BOX.left }}
      accessibilityLayer={false}
      title={title}
      role="group"
      aria-label={title}
    >
      <CartesianGrid stroke={CHART_INK.grid} vertical={false} />
      <XAxis
        dataKey="label"
        height={CHART_BOX.categoryAxis}
        tick={{ fill: CHART_INK.tick, fontSize: 12 }}
        interval="preserveStartEnd"
        minTickGap={6}
        tickLine={false}
      />
      <YAxis
        domain={[0, top]}
        ticks={ticks}
        tickFormatter={(n: number) => axisMoney(n, locale)}
        tick={{ fill: CHART_INK.tick, fontSize: 12 }}
        width={CHART_BOX.valueAxis}
      />
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
          stroke={CHART_INK.target}
          strokeDasharray="4 4"
          label={{ value: t.label, position: "insideTopLeft", fill: CHART_INK.label, fontSize: 12 }}
        />
      ))}
    </ComposedChart>
  );
});
