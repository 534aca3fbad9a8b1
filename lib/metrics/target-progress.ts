import type { Decimal } from "@/lib/decimal";
import { describeSeries, getObservedGrowth, type ObservedGrowth, type SeriesPoint, type SeriesShape } from "@/lib/metrics/series";
import { getOutlook, resolveHorizon, type Horizon, type Outlook } from "@/lib/metrics/outlook";

export type TargetProgress<P extends SeriesPoint> = {
  shape: SeriesShape<P>;
  /** The latest full-year figure with a value: what the target is measured against. */
  latest: P | null;
  achieved: ObservedGrowth | null;
  horizon: Horizon | null;
  outlook: Outlook | null;
};

/**
 * A target measured against its series: the latest full-year figure, the growth achieved
 * between full years, the horizon and the outlook. Partial periods and growth-only
 * figures never enter the arithmetic.
 *
 * Worked example: $20bn against the intra-regional series → latest $11.5bn (2024),
 * achieved 2.25% a year (2022–2024), horizon 2030 by default, required 9.66% a year,
 * status limited progress. $10bn UZ–KZ → latest "more than $3bn" (2020), no achieved
 * growth, horizon 2026 (deadline), required at most 22.2% a year, status unknown.
 */
export function getTargetProgress<P extends SeriesPoint>(
  target: { valueUsd: Decimal; deadlineYear: number | null; setOn: Date },
  figures: readonly P[],
  requestedHorizon?: string | string[],
): TargetProgress<P> {
  const shape = describeSeries(figures);
  const latest = shape.fullYears.at(-1) ?? null;
  const achieved = getObservedGrowth(shape);
  if (!latest?.valueUsd) return { shape, latest: null, achieved, horizon: null, outlook: null };
  const fromYear = latest.periodEnd.getUTCFullYear();
  const horizon = resolveHorizon({ requested: requestedHorizon, deadlineYear: target.deadlineYear, setYear: target.setOn.getUTCFullYear(), fromYear });
  const outlook = getOutlook({
    reported: latest.valueUsd,
    reportedYear: fromYear,
    reportedIsLowerBound: latest.isLowerBound,
    target: target.valueUsd,
    horizonYear: horizon.year,
    achievedGrowth: achieved?.rate ?? null,
  });
  return { shape, latest, achieved, horizon, outlook };
}
