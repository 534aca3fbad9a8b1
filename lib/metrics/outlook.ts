import type { Decimal } from "@/lib/decimal";
import { getGap, getShareReached } from "@/lib/metrics/progress";
import { getRequiredAnnualGrowth, getRequiredAnnualIncrease, getYearsToReach } from "@/lib/metrics/growth";

/** How far ahead a visitor may set the horizon of a target that has no deadline. */
export const MAX_HORIZON_YEARS = 25;
/** Without a deadline or a choice, the horizon is this many years after the target was set. */
export const DEFAULT_HORIZON_AFTER_SET = 5;

export type Horizon = {
  year: number;
  /** deadline: stated or derived from the source; visitor: picked in the URL; default: neither. */
  source: "deadline" | "visitor" | "default";
  /** The years a visitor may pick from (empty where the target has a deadline). */
  choices: number[];
};

/**
 * The year the "what it takes" figures aim at. A deadline from the source always wins;
 * otherwise the visitor's pick (`?by=2030`) if it lies after the latest figure and at most
 * MAX_HORIZON_YEARS ahead; otherwise five years after the target was set.
 *
 * Worked example: the $20bn target (set 2025, no deadline, latest full year 2024) with no
 * pick → 2030 ("default"); with ?by=2035 → 2035 ("visitor"); ?by=2024 or ?by=abc → 2030.
 * The UZ–KZ $10bn target → 2026 ("deadline"), whatever the URL says.
 */
export function resolveHorizon(options: { requested?: string | string[]; deadlineYear: number | null; setYear: number; fromYear: number }): Horizon {
  const { deadlineYear, setYear, fromYear } = options;
  if (deadlineYear !== null) return { year: deadlineYear, source: "deadline", choices: [] };
  const choices = Array.from({ length: MAX_HORIZON_YEARS }, (_, i) => fromYear + 1 + i);
  const raw = Array.isArray(options.requested) ? options.requested[0] : options.requested;
  const picked = raw !== undefined && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (choices.includes(picked)) return { year: picked, source: "visitor", choices };
  const fallback = Math.max(setYear + DEFAULT_HORIZON_AFTER_SET, fromYear + 1);
  return { year: Math.min(fallback, fromYear + MAX_HORIZON_YEARS), source: "default", choices };
}

export type Outlook = {
  /** Years from the latest full-year figure to the horizon. */
  years: number;
  reached: boolean;
  share: number;
  gap: Decimal;
  requiredGrowth: number;
  requiredIncrease: Decimal;
  /** The reported value is a lower bound, so share is a lower bound and gap, growth and increase are upper bounds. */
  bounded: boolean;
  /** Years to the target at the observed annual growth; null where no growth was observed. */
  yearsAtObservedPace: number | null;
};

/**
 * Everything the "what it takes" panel states, from the latest full-year figure, the
 * target, the horizon and (where two full years exist) the observed annual growth.
 *
 * Worked example: $11.5bn in 2024, $20bn by 2030, observed 2.2% a year → years 6,
 * share 57.5%, gap $8.5bn, required growth 9.7% a year, required increase $1.42bn a year,
 * 24.9 years at the observed pace. UZ–KZ: "more than $3bn" in 2020, $10bn by 2026 →
 * share ≥ 30%, gap ≤ $7bn, growth ≤ 22.2% a year (bounded), no observed pace.
 */
export function getOutlook(options: {
  reported: Decimal;
  reportedYear: number;
  reportedIsLowerBound: boolean;
  target: Decimal;
  horizonYear: number;
  observedGrowth: number | null;
}): Outlook {
  const { reported, target, observedGrowth } = options;
  const years = options.horizonYear - options.reportedYear;
  if (years <= 0) throw new RangeError("The horizon must lie after the latest figure");
  return {
    years,
    reached: reported.gte(target),
    share: getShareReached(reported, target),
    gap: getGap(reported, target),
    requiredGrowth: getRequiredAnnualGrowth(reported, target, years),
    requiredIncrease: getRequiredAnnualIncrease(reported, target, years),
    bounded: options.reportedIsLowerBound,
    yearsAtObservedPace: observedGrowth === null ? null : getYearsToReach(reported, target, observedGrowth),
  };
}
