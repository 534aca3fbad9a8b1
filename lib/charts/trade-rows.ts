import type { Decimal } from "@/lib/decimal";
import { isFullCalendarYear } from "@/lib/metrics/series";
import type { Locale } from "@/lib/i18n/routing";
import type { ChartRow } from "@/lib/charts/chart-row";

type Figure = {
  id: string;
  periodStart: Date;
  periodEnd: Date;
  periodInferred: boolean;
  valueUsd: Decimal | null;
  isLowerBound: boolean;
};

export type RowText = {
  /** "2024: $11.5 bn (period inferred)" */
  describe: (figure: Figure, label: string) => string;
  /** "2023: no figure reported" */
  missing: (year: number) => string;
  /** "2027: $15.17 bn on the required path" */
  pathPoint: (year: number, value: Decimal) => string;
};

/** "Jan–Oct 2021" for a partial year, "2024" for a full one: short enough for an axis tick. */
export function shortPeriodLabel(start: Date, end: Date, locale: Locale): string {
  if (isFullCalendarYear(start, end)) return String(end.getUTCFullYear());
  const month = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  return `${month.format(start).replace(/\.$/, "")}–${month.format(end).replace(/\.$/, "")} ${end.getUTCFullYear()}`;
}

/**
 * One chart row per calendar year from the first figure to the last (or to the end of the
 * path), so a year without a figure shows as a gap rather than being closed up. Figures
 * with only a growth rate have no bar.
 */
export function buildChartRows(figures: readonly Figure[], locale: Locale, text: RowText, path?: { year: number; value: Decimal }[]): ChartRow[] {
  const valued = figures.filter((f) => f.valueUsd !== null);
  const years = [...valued.map((f) => f.periodEnd.getUTCFullYear()), ...(path ?? []).map((p) => p.year)];
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: ChartRow[] = [];
  for (let year = first; year <= last; year++) {
    const inYear = valued.filter((f) => f.periodEnd.getUTCFullYear() === year);
    const figure = inYear.find((f) => isFullCalendarYear(f.periodStart, f.periodEnd)) ?? inYear[0];
    const onPath = path?.find((p) => p.year === year);
    const pathValue = onPath ? onPath.value.div(1e9).toNumber() : null;
    if (figure?.valueUsd) {
      const label = shortPeriodLabel(figure.periodStart, figure.periodEnd, locale);
      rows.push({
        key: figure.id,
        label,
        value: figure.valueUsd.div(1e9).toNumber(),
        description: text.describe(figure, label),
        lowerBound: figure.isLowerBound,
        partial: !isFullCalendarYear(figure.periodStart, figure.periodEnd),
        inferred: figure.periodInferred,
        path: pathValue,
      });
    } else {
      rows.push({
        key: String(year),
        label: String(year),
        value: null,
        description: onPath ? text.pathPoint(year, onPath.value) : text.missing(year),
        path: pathValue,
      });
    }
  }
  return rows;
}
