import type { Decimal } from "@/lib/decimal";
import { getCompoundAnnualGrowth } from "@/lib/metrics/growth";

/** What the series functions need of a reported trade figure. */
export type SeriesPoint = {
  periodStart: Date;
  periodEnd: Date;
  periodInferred: boolean;
  valueUsd: Decimal | null;
  isLowerBound: boolean;
};

/** A figure that covers exactly one calendar year (1 January – 31 December). */
export function isFullCalendarYear(start: Date, end: Date): boolean {
  return (
    start.getUTCFullYear() === end.getUTCFullYear() &&
    start.getUTCMonth() === 0 &&
    start.getUTCDate() === 1 &&
    end.getUTCMonth() === 11 &&
    end.getUTCDate() === 31
  );
}

export type SeriesShape<P extends SeriesPoint> = {
  /** Figures with a value for a whole calendar year, oldest first: the only ones growth is computed from. */
  fullYears: P[];
  /** Figures for part of a year (e.g. January–October): shown, never mixed into annual arithmetic. */
  partial: P[];
  /** Figures that report only a growth rate. */
  growthOnly: P[];
  /** Calendar years between the first and the last full-year figure that have none. */
  missingYears: number[];
  /** How many full-year figures have a year the source implies rather than states. */
  inferredYears: number;
  /** How many full-year figures are lower bounds ("more than"). */
  lowerBounds: number;
  /** Fewer than three full years: no trend can be read from it. */
  isThin: boolean;
};

/**
 * Sorts a series into what can and cannot be compared, so a page never mixes a partial
 * period with full years or reads a trend from two points without saying so.
 *
 * Worked example (intra-regional, S1 and S4): $11bn for 2022 (year inferred) and $11.5bn
 * for 2024 (period inferred) → fullYears = [2022, 2024], missingYears = [2023],
 * inferredYears = 2, isThin = true. UZ–KZ (S2): fullYears = [2020 (lower bound)],
 * partial = [January–October 2021].
 */
export function describeSeries<P extends SeriesPoint>(points: readonly P[]): SeriesShape<P> {
  const sorted = [...points].sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime());
  const fullYears = sorted.filter((p) => p.valueUsd !== null && isFullCalendarYear(p.periodStart, p.periodEnd));
  const partial = sorted.filter((p) => p.valueUsd !== null && !isFullCalendarYear(p.periodStart, p.periodEnd));
  const growthOnly = sorted.filter((p) => p.valueUsd === null);
  const years = new Set(fullYears.map((p) => p.periodEnd.getUTCFullYear()));
  const missingYears: number[] = [];
  const first = fullYears[0];
  const last = fullYears.at(-1);
  if (first && last) {
    for (let y = first.periodEnd.getUTCFullYear(); y <= last.periodEnd.getUTCFullYear(); y++) if (!years.has(y)) missingYears.push(y);
  }
  return {
    fullYears,
    partial,
    growthOnly,
    missingYears,
    inferredYears: fullYears.filter((p) => p.periodInferred).length,
    lowerBounds: fullYears.filter((p) => p.isLowerBound).length,
    isThin: fullYears.length < 3,
  };
}

export type ObservedGrowth = { rate: number; fromYear: number; toYear: number; fromInferred: boolean; toInferred: boolean };

/**
 * Average annual growth between the first and the last full-year figure of a series;
 * null with fewer than two full years or where either end is only a lower bound (the
 * growth would then have no bound in either direction).
 *
 * Worked example: $11bn (2022, inferred) → $11.5bn (2024) = 2.25% a year, fromInferred =
 * true. UZ–KZ has one full year (2020) → null; its January–October 2021 growth of 36.5%
 * stays a separate, partial-period fact.
 */
export function getObservedGrowth(shape: SeriesShape<SeriesPoint>): ObservedGrowth | null {
  const first = shape.fullYears[0];
  const last = shape.fullYears.at(-1);
  if (!first || !last || first === last || !first.valueUsd || !last.valueUsd) return null;
  if (first.isLowerBound || last.isLowerBound) return null;
  const fromYear = first.periodEnd.getUTCFullYear();
  const toYear = last.periodEnd.getUTCFullYear();
  return {
    rate: getCompoundAnnualGrowth(first.valueUsd, last.valueUsd, toYear - fromYear),
    fromYear,
    toYear,
    fromInferred: first.periodInferred,
    toInferred: last.periodInferred,
  };
}
