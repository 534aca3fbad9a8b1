import type { Decimal } from "@/lib/decimal";

export type BaselineCheck =
  { kind: "agrees"; year: number } | { kind: "differs"; year: number; figures: { id: string; valueUsd: Decimal }[] } | { kind: "noFigure" };

/**
 * Compares the baseline stated when a target was set with the series' full-year figures
 * of the baseline's year. A lower-bound baseline ("more than $3bn") agrees with any figure
 * at or above it; an exact one only with an equal figure.
 *
 * Worked example: the $15bn target was set against $11bn, and the series holds $11bn for
 * 2022 → agrees. Had it held $10.2bn for 2022 too, the page would show both, with sources.
 */
export function checkBaseline(
  baseline: { valueUsd: Decimal; isLowerBound: boolean; year: number },
  figuresOfYear: readonly { id: string; valueUsd: Decimal | null }[],
): BaselineCheck {
  const valued = figuresOfYear.filter((f): f is { id: string; valueUsd: Decimal } => f.valueUsd !== null);
  if (valued.length === 0) return { kind: "noFigure" };
  const differing = valued.filter((f) => (baseline.isLowerBound ? f.valueUsd.lt(baseline.valueUsd) : !f.valueUsd.eq(baseline.valueUsd)));
  return differing.length === 0 ? { kind: "agrees", year: baseline.year } : { kind: "differs", year: baseline.year, figures: differing };
}
