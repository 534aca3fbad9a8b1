import type { Decimal } from "@/lib/decimal";

// A reporter's turnover with a partner where its statistics give only the two flows (UN
// Comtrade reports exports and imports, never turnover): exports plus imports, period by
// period, for the periods both are reported; a period with one flow only has no turnover.

type FlowFigure = { periodStart: Date; periodEnd: Date; valueUsd: Decimal | null };

/**
 * E.g. Kazakhstan's exports to Uzbekistan of $2.1 bn and imports from it of $1.3 bn in 2023 →
 * a turnover of $3.4 bn in 2023: the exports' figure (and so its source) with the sum as its value.
 */
export function turnoverOf<F extends FlowFigure>(exports: readonly F[], imports: readonly F[]): F[] {
  const period = (f: FlowFigure) => `${f.periodStart.getTime()}-${f.periodEnd.getTime()}`;
  const importsByPeriod = new Map(imports.flatMap((f) => (f.valueUsd === null ? [] : [[period(f), f.valueUsd] as const])));
  return exports.flatMap((figure) => {
    const imported = importsByPeriod.get(period(figure));
    return figure.valueUsd !== null && imported !== undefined ? [{ ...figure, valueUsd: figure.valueUsd.plus(imported) }] : [];
  });
}
