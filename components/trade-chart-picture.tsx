import { ChartBar } from "@/components/chart-bar";
import { CHART_BOX, CHART_INK, CHART_PLOT_HEIGHT } from "@/lib/charts/chart-box";
import { axisMoney, buildPreviewModel } from "@/lib/charts/preview";
import type { ChartDrawing } from "@/lib/charts/chart-row";

/** recharts' bar width: 80% of a year's slot, at most 56 px (maxBarSize in the plot). */
const MAX_BAR = 56;
const BAR_SHARE = 0.8;

/**
 * The trade chart as the server draws it, in the HTML, before any script runs: the same bars,
 * value axis, targets and path as the interactive chart (components/trade-chart-plot.tsx),
 * laid out from the same model as the preview image (buildPreviewModel in
 * lib/charts/preview.ts), in recharts' own layout (CHART_BOX). Across the plot, positions are
 * shares of its width, so the picture fits any screen without measuring it; down it, pixels.
 * A server component: none of its code is sent to the browser. Its bars are tab stops like
 * recharts', whose focus, pointer and taps the chart handles (components/trade-chart.tsx), and
 * the chart loads recharts when a reader reaches for it. Chromium draws a bar at most 56 px
 * wide through CSS geometry; a browser without it draws it 80% of its slot.
 */
export function TradeChartPicture({ id, title, rows, targets, color, path, locale }: ChartDrawing) {
  const model = buildPreviewModel(rows, targets, { width: 100, height: CHART_PLOT_HEIGHT }, () => "");
  const slot = rows.length ? 100 / rows.length : 100;
  const half = (slot * BAR_SHARE) / 2;
  const top = CHART_BOX.top;
  const bottom = top + CHART_PLOT_HEIGHT;
  const yAxisRight = CHART_BOX.left + CHART_BOX.valueAxis;
  const narrowLabelStep = Math.ceil(rows.length / 5);
  return (
    <div className="@container flex h-full" data-testid="chart-picture">
      <svg width={yAxisRight} height={CHART_BOX.height} className="shrink-0" aria-hidden="true">
        <line x1={yAxisRight - 0.5} x2={yAxisRight - 0.5} y1={top} y2={bottom} stroke={CHART_INK.axis} />
        {model.ticks.map((tick, i) => (
          <g key={tick.label}>
            <line x1={yAxisRight - 6} x2={yAxisRight} y1={top + tick.y} y2={top + tick.y} stroke={CHART_INK.axis} />
            <text x={yAxisRight - 8} y={top + tick.y} dy="0.355em" textAnchor="end" fontSize={12} fill={CHART_INK.tick}>
              {axisMoney(model.scale.ticks[i]!, locale)}
            </text>
          </g>
        ))}
      </svg>
      <svg height={CHART_BOX.height} className="min-w-0 flex-1 overflow-visible" style={{ marginRight: CHART_BOX.right }} role="group" aria-label={title}>
        {model.ticks.map((tick) => (
          <line key={tick.label} x1="0" x2="100%" y1={top + tick.y} y2={top + tick.y} stroke={CHART_INK.grid} />
        ))}
        <line x1="0" x2="100%" y1={bottom - 0.5} y2={bottom - 0.5} stroke={CHART_INK.axis} />
        {model.bars.map((bar, index) => {
          const row = rows[index]!;
          if (row.value === null) return null;
          const centre = bar.x + bar.width / 2;
          return (
            <ChartBar
              key={bar.key}
              row={row}
              patternId={`${id}-picture-hatch-${index}`}
              color={color}
              index={index}
              rect={(grow) => ({
                x: `${centre - half}%`,
                width: `${2 * half}%`,
                y: top + bar.y - grow,
                height: bar.height + 2 * grow,
                style: {
                  x: `calc(${centre}% - min(${MAX_BAR / 2}px, ${half}%) - ${grow}px)`,
                  width: `calc(min(${MAX_BAR}px, ${2 * half}%) + ${2 * grow}px)`,
                },
              })}
            />
          );
        })}
        {model.bars.map((bar, i) => (
          <text
            key={bar.key}
            // On a narrow chart, about five labels, as recharts leaves out those that would overlap.
            className={i % narrowLabelStep === 0 ? undefined : "@max-md:hidden"}
            x={`${bar.x + bar.width / 2}%`}
            y={bottom + 8}
            dy="0.71em"
            textAnchor="middle"
            fontSize={12}
            fill={CHART_INK.tick}
          >
            {bar.label}
          </text>
        ))}
        {path &&
          model.path.map((point, i) => {
            const next = model.path[i + 1];
            return (
              <g key={i}>
                {next && (
                  <line x1={`${point.x}%`} y1={top + point.y} x2={`${next.x}%`} y2={top + next.y} stroke={path.color} strokeWidth={2} strokeDasharray="6 4" />
                )}
                <circle cx={`${point.x}%`} cy={top + point.y} r={3} fill={path.color} stroke={path.color} />
              </g>
            );
          })}
        {model.targets.map((target) => (
          <g key={target.label}>
            <line x1="0" x2="100%" y1={top + target.y} y2={top + target.y} stroke={CHART_INK.target} strokeDasharray="4 4" />
            <text x={5} y={top + target.y + 5} dy="0.71em" fontSize={12} fill={CHART_INK.label}>
              {target.label}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
