import type { SVGProps } from "react";
import type { ChartRow } from "@/lib/charts/chart-row";

type Props = {
  row: ChartRow;
  /** The row's place in the chart's rows, for the chart that handles the picture's bars (data-index). */
  index: number;
  /** Where the bar goes, grown by `grow` pixels on every side (the focus ring grows by 3). */
  rect: (grow: number) => SVGProps<SVGRectElement>;
  patternId: string;
  color: string;
  /**
   * The bar was focused, pointed at or tapped: its figure and source show below the chart.
   * The server-drawn picture has no handlers: its chart (components/trade-chart.tsx) finds the
   * bar by its data-index.
   */
  onPick?: () => void;
};

/**
 * One figure of a trade chart, as both the server-drawn picture (components/trade-chart-picture.tsx)
 * and recharts (components/trade-chart-plot.tsx) draw it: a tab stop whose label carries the
 * figure and its source, hatched when it is a lower bound or part of a year, so colour is
 * never the only cue. The ring that marks the bar in focus or under the pointer is CSS
 * (.chart-point in globals.css).
 */
export function ChartBar({ row, index, rect, patternId, color, onPick }: Props) {
  const hatched = row.lowerBound || row.partial;
  return (
    <g
      tabIndex={0}
      role="img"
      aria-label={[row.description, row.source].filter(Boolean).join(". ")}
      className="chart-point outline-none"
      // The panel below keeps the last bar focused, pointed at or tapped: clearing it when the
      // bar lost focus took its source link away as Tab or a tap went to it.
      onFocus={onPick}
      onMouseEnter={onPick}
      onClick={onPick}
      data-testid="chart-point"
      data-index={index}
    >
      {hatched && (
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <rect width="3" height="6" fill={color} />
          </pattern>
        </defs>
      )}
      <rect {...rect(0)} fill={hatched ? `url(#${patternId})` : color} stroke={color} strokeWidth={hatched ? 1.5 : 0} />
      <rect {...rect(3)} className="chart-focus-ring" fill="none" stroke="#0b5394" strokeWidth={3} />
    </g>
  );
}
