import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Decimal } from "@/lib/decimal";
import { formatNumber, formatPeriod, formatUsd } from "@/lib/format";
import { axisMoney } from "@/lib/charts/preview";
import { CHART_INK } from "@/lib/charts/chart-box";
import { comparisonRows, type ComparedPoint, type Comparison } from "@/lib/charts/compare";

// The comparison's layout in pixels down the chart: room for the summit labels above the
// plot, the plot, and the year labels below it. Across, positions are shares of the width.
const BOX = { height: 320, top: 34, bottom: 30, valueAxis: 72, right: 16 } as const;
export const COMPARE_PLOT_HEIGHT = BOX.height - BOX.top - BOX.bottom;
// A series with more points than this is drawn as a line only (a monthly series over years).
const MAX_DOTS = 60;
// Coordinates are written to a tenth of a pixel or finer (x: hundredths of a percent of the
// width; y: tenths of a pixel): more digits only weigh on the page, twice (HTML and payload).
// A longer table (monthly series over years) is left to the CSV: in the page it would weigh
// more than everything else together, and a reader scrolls it no better than a spreadsheet.
const MAX_TABLE_ROWS = 120;

/** A compared figure as the chart's tooltips and table write it: "$4.2 bn", or "150.3" on the index. */
export function comparedValueText(point: ComparedPoint, measure: Comparison["measure"], locale: Locale): string {
  const usd = formatUsd(new Decimal(point.usd), locale);
  return measure === "index" ? `${formatNumber(Math.round(point.value * 10) / 10, locale)} (${usd})` : usd;
}

/** A value axis label of a comparison: "$5 bn", or "150" on the index. */
export function comparedTickText(value: number, measure: Comparison["measure"], locale: Locale): string {
  return measure === "index" ? formatNumber(value, locale) : axisMoney(value, locale);
}

/**
 * Several series on one time axis, drawn on the server as SVG (no script): lines where a
 * series' periods follow one another, a dot per figure (a long series is a line only), a
 * dashed rule at each summit linking to it, a legend, and the same figures as a table for
 * screen readers and copying (a long comparison leaves them to the CSV).
 */
export async function CompareChart({ comparison, locale }: { comparison: Comparison; locale: Locale }) {
  const [t, tRevisions] = await Promise.all([getTranslations("compare"), getTranslations("revisions")]);
  const { years, measure } = comparison;
  if (!years) return null;
  const top = BOX.top;
  const bottom = top + COMPARE_PLOT_HEIGHT;
  const axisRight = BOX.valueAxis;
  const count = comparison.yearTicks.length;
  const wideStep = Math.ceil(count / 12);
  const narrowStep = Math.ceil(count / 5);
  const { markers } = comparison;
  const rows = comparisonRows(comparison);

  return (
    <figure className="space-y-3" data-testid="compare-chart">
      <p className="text-sm text-muted">{measure === "index" ? t("axisIndex") : t("axisUsd")}</p>
      <div className="@container flex">
        <svg width={axisRight} height={BOX.height} className="shrink-0" aria-hidden="true">
          <line x1={axisRight - 0.5} x2={axisRight - 0.5} y1={top} y2={bottom} stroke={CHART_INK.axis} />
          {comparison.valueTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={axisRight - 6} x2={axisRight} y1={top + tick.y} y2={top + tick.y} stroke={CHART_INK.axis} />
              <text x={axisRight - 8} y={top + tick.y} dy="0.355em" textAnchor="end" fontSize={12} fill={CHART_INK.tick}>
                {comparedTickText(tick.value, measure, locale)}
              </text>
            </g>
          ))}
        </svg>
        <svg
          height={BOX.height}
          className="min-w-0 flex-1 overflow-visible"
          style={{ marginRight: BOX.right }}
          role="group"
          aria-label={t("chartLabel", { count: comparison.series.length, from: years.from, to: years.to })}
        >
          {comparison.valueTicks.map((tick) => (
            <line key={tick.value} x1="0" x2="100%" y1={top + tick.y} y2={top + tick.y} stroke={CHART_INK.grid} />
          ))}
          <line x1="0" x2="100%" y1={bottom - 0.5} y2={bottom - 0.5} stroke={CHART_INK.axis} />
          {comparison.yearTicks.map((tick, i) => (
            <text
              key={tick.year}
              className={i % narrowStep === 0 ? (i % wideStep === 0 ? undefined : "@md:hidden") : i % wideStep === 0 ? "@max-md:hidden" : "hidden"}
              x={`${tick.x}%`}
              y={bottom + 8}
              dy="0.71em"
              textAnchor="middle"
              fontSize={12}
              fill={CHART_INK.tick}
            >
              {tick.year}
            </text>
          ))}
          {markers.map((marker) => (
            <a key={marker.key} href={marker.href} tabIndex={-1} data-testid="compare-marker">
              <title>{marker.title}</title>
              <line x1={`${marker.x}%`} x2={`${marker.x}%`} y1={top - 4 - marker.row * 14} y2={bottom} stroke={CHART_INK.target} strokeDasharray="2 3" />
              <text x={`${marker.x}%`} y={top - 8 - marker.row * 14} textAnchor="middle" fontSize={11} fill={CHART_INK.label}>
                {marker.label}
              </text>
            </a>
          ))}
          <svg x="0" y={top} width="100%" height={COMPARE_PLOT_HEIGHT} viewBox={`0 0 100 ${COMPARE_PLOT_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
            {comparison.series.flatMap((s) =>
              s.lines.map((line, i) => (
                <polyline
                  key={`${s.key}-${i}`}
                  points={line.map((p) => `${p.x.toFixed(2)},${p.y.toFixed(1)}`).join(" ")}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={2}
                  strokeDasharray={s.dash ?? undefined}
                  vectorEffect="non-scaling-stroke"
                />
              )),
            )}
          </svg>
          {comparison.series.map((s) =>
            s.points
              .filter((p) => s.points.length <= MAX_DOTS || !s.lines.some((line) => line.includes(p)))
              .map((p) => (
                <circle
                  key={`${s.key}-${p.periodStart.getTime()}-${p.periodEnd.getTime()}`}
                  cx={`${p.x.toFixed(2)}%`}
                  cy={(top + p.y).toFixed(1)}
                  r={3.5}
                  fill={p.partial ? "white" : s.color}
                  stroke={s.color}
                  strokeWidth={1.5}
                  data-testid="compare-point"
                >
                  <title>
                    {t("point", { series: s.name, period: formatPeriod(p.periodStart, p.periodEnd, locale), value: comparedValueText(p, measure, locale) })}
                  </title>
                </circle>
              )),
          )}
        </svg>
      </div>

      <figcaption>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" data-testid="compare-legend">
          {comparison.series.map((s) => (
            <li key={s.key} className="flex items-center gap-2">
              <svg width="24" height="10" aria-hidden="true" className="shrink-0">
                <line x1="0" x2="24" y1="5" y2="5" stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash ?? undefined} />
              </svg>
              <span>
                {s.name}
                {s.historyHref && (
                  <>
                    {" "}
                    · <a href={s.historyHref}>{tRevisions("link")}</a>
                  </>
                )}
                {s.base && (
                  <span className="text-muted">
                    {" "}
                    · 100 = {formatUsd(new Decimal(s.base.usd), locale)}, {formatPeriod(s.base.periodStart, s.base.periodEnd, locale)}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      </figcaption>

      {markers.length > 0 && (
        <div className="text-sm">
          <h3 className="font-medium">{t("markersHeading")}</h3>
          <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="compare-markers">
            {markers.map((marker) => (
              <li key={marker.key}>
                <span className="text-muted">{marker.label}</span> <a href={marker.href}>{marker.title}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-sm text-muted">{t("joined")}</p>

      {rows.length > MAX_TABLE_ROWS ? (
        <p className="text-sm" data-testid="compare-table-too-long">
          {t("tableTooLong", { rows: rows.length })}
        </p>
      ) : (
        <details className="text-sm">
          <summary className="cursor-pointer">{t("tableCaption")}</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="data-table" data-testid="compare-table">
              <caption className="sr-only">{t("tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("period")}</th>
                  {comparison.series.map((s) => (
                    <th key={s.key} scope="col">
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.periodStart.getTime()}-${row.periodEnd.getTime()}`}>
                    <th scope="row">{formatPeriod(row.periodStart, row.periodEnd, locale)}</th>
                    {row.cells.map((cell, i) => (
                      <td key={comparison.series[i]!.key} className="num">
                        {cell ? comparedValueText(cell, measure, locale) : "—"}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
