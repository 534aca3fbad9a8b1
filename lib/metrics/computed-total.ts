import { reportedValues, reportedYears, type ReportedFigure } from "@/lib/metrics/mirror";

// The intra-regional total computed from official statistics, to set beside the figures the
// presidents state. Method (written on the page and in the docs): a pair's turnover in a year
// is what each side reports importing from the other (customs record imports, which are
// taxed, more completely than exports); where a side's imports are missing, the other side's
// reported exports to it stand in. A pair with neither for a flow is missing, and a year with
// any pair missing is incomplete: its sum is shown as a lower bound, never as the total.

export type ComputedYear = { year: number; totalUsd: number; pairsCovered: number; pairs: number; complete: boolean };

/** Each year any statistics were reported, newest first, for the pairs of `countries`. */
export function computedTotals(figures: readonly ReportedFigure[], countries: readonly string[]): ComputedYear[] {
  const value = reportedValues(figures);
  const pairs = countries.flatMap((a, i) => countries.slice(i + 1).map((b) => [a, b] as const));
  /** Goods from `from` to `to` in `year`: `to`'s imports, else `from`'s exports. */
  const flow = (year: number, from: string, to: string) => value(year, to, from, "IMPORT") ?? value(year, from, to, "EXPORT");
  return reportedYears(figures).map((year) => {
    let totalUsd = 0;
    let pairsCovered = 0;
    for (const [a, b] of pairs) {
      const [ab, ba] = [flow(year, a, b), flow(year, b, a)];
      if (ab === null || ba === null) continue;
      totalUsd += ab + ba;
      pairsCovered++;
    }
    return { year, totalUsd, pairsCovered, pairs: pairs.length, complete: pairsCovered === pairs.length };
  });
}
