/** Where a target stands, after Open SDG's progress method. */
export type ProgressStatus = "ACHIEVED" | "ON_TRACK" | "NEEDS_ACCELERATION" | "LIMITED_PROGRESS" | "MOVING_AWAY" | "UNKNOWN";

/** The thresholds of the ratio achieved ÷ required annual growth; the page prints them. */
export const STATUS_THRESHOLDS = { onTrack: 0.95, needsAcceleration: 0.6, limitedProgress: 0 } as const;

/**
 * The ratio of the annual growth achieved to the annual growth the target requires:
 * ≥ 95% on track, 60–95% needs acceleration, 0–60% limited progress, below 0 moving
 * away. A target already met is achieved; with no achieved growth to compare (fewer
 * than two comparable full-year figures) the status is unknown rather than guessed.
 *
 * Worked example: intra-regional trade grew 2.25% a year from 2022 to 2024; $20bn by
 * 2030 needs 9.66% a year → ratio 0.23 → limited progress. UZ–KZ has one full year
 * (2020), so its status is unknown.
 */
export function getProgressStatus(options: { reached: boolean; achievedGrowth: number | null; requiredGrowth: number | null }): ProgressStatus {
  const { reached, achievedGrowth, requiredGrowth } = options;
  if (reached) return "ACHIEVED";
  if (achievedGrowth === null || requiredGrowth === null || !Number.isFinite(achievedGrowth)) return "UNKNOWN";
  if (requiredGrowth <= 0) return "ACHIEVED";
  const ratio = achievedGrowth / requiredGrowth;
  if (ratio >= STATUS_THRESHOLDS.onTrack) return "ON_TRACK";
  if (ratio >= STATUS_THRESHOLDS.needsAcceleration) return "NEEDS_ACCELERATION";
  if (ratio >= STATUS_THRESHOLDS.limitedProgress) return "LIMITED_PROGRESS";
  return "MOVING_AWAY";
}
