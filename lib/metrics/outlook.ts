import type { Decimal } from "@/lib/decimal";
import { getGap, getShareReached } from "@/lib/metrics/progress";
import { getRequiredAnnualGrowth, getRequiredAnnualIncrease, getRequiredPath, getYearsToReach } from "@/lib/metrics/growth";
import { getProgressStatus, type ProgressStatus } from "@/lib/metrics/status";

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
  /** Years from the latest full-year figure to the horizon; 0 or less when the deadline came first. */
  years: number;
  reached: boolean;
  share: number;
  gap: Decimal;
  /** null where the horizon is not after the latest figure (a deadline already past). */
  requiredGrowth: number | null;
  requiredIncrease: Decimal | null;
  /** One value a year from the latest figure to the target: the milestones. */
  milestones: { year: number; value: Decimal }[];
  /** The reported value is a lower bound, so share is a lower bound and gap, growth and increase are upper bounds. */
  bounded: boolean;
  /** Years to the target at the achieved annual growth; null where none was achieved or measured. */
  yearsAtAchievedPace: number | null;
  /** The calendar year the target is reached at the achieved pace (rounded up); null if never or unknown. */
  yearAtAchievedPace: number | null;
  status: ProgressStatus;
};

/**
 * Everything the "what it takes" panel states, from the latest full-year figure, the
 * target, the horizon and the achieved annual growth (where two full years exist).
 *
 * Worked example: $11.5bn in 2024, $20bn by 2030, achieved 2.25% a year → years 6,
 * share 57.5%, gap $8.5bn, required growth 9.66% a year, required increase $1.42bn a
 * year, milestones 12.61 (2025) … 20 (2030), target reached at the achieved pace after
 * 24.9 years, in 2049; status limited progress (0.23 of the growth needed). UZ–KZ:
 * "more than $3bn" in 2020, $10bn by 2026 → share ≥ 30%, growth ≤ 22.2% a year
 * (bounded), status unknown.
 */
export function getOutlook(options: {
  reported: Decimal;
  reportedYear: number;
  reportedIsLowerBound: boolean;
  target: Decimal;
  horizonYear: number;
  achievedGrowth: number | null;
}): Outlook {
  const { reported, reportedYear, target, achievedGrowth } = options;
  const years = options.horizonYear - reportedYear;
  const reached = reported.gte(target);
  const requiredGrowth = years > 0 ? getRequiredAnnualGrowth(reported, target, years) : null;
  const yearsAtAchievedPace = achievedGrowth === null ? null : getYearsToReach(reported, target, achievedGrowth);
  return {
    years,
    reached,
    share: getShareReached(reported, target),
    gap: getGap(reported, target),
    requiredGrowth,
    requiredIncrease: years > 0 ? getRequiredAnnualIncrease(reported, target, years) : null,
    milestones: years > 0 && !reached ? getRequiredPath(reported, target, reportedYear, options.horizonYear) : [],
    bounded: options.reportedIsLowerBound,
    yearsAtAchievedPace,
    yearAtAchievedPace: yearsAtAchievedPace === null || !Number.isFinite(yearsAtAchievedPace) ? null : reportedYear + Math.ceil(yearsAtAchievedPace),
    status: getProgressStatus({ reached, achievedGrowth: options.reportedIsLowerBound ? null : achievedGrowth, requiredGrowth }),
  };
}
