import { reportedValues, type ReportedFigure } from "@/lib/metrics/mirror";

// The six by six for one year from official statistics: each row is what its country
// reports of its trade with the country of each column. The two cells of a pair seldom
// agree (lib/metrics/mirror.ts says why); a cell is a turnover only where the reporter gave
// one, or both its exports and its imports, never a half summed as a whole.

export type MatrixCell = { exports: number | null; imports: number | null; turnover: number | null };
export type TradeMatrix = { year: number; countries: string[]; cells: Record<string, Record<string, MatrixCell>> };

/** The latest year in which every one of `countries` reported something, else the latest year with any figure; null with none. */
export function matrixYear(figures: readonly ReportedFigure[], countries: readonly string[]): number | null {
  const reporters = new Map<number, Set<string>>();
  for (const f of figures) reporters.set(f.year, (reporters.get(f.year) ?? new Set()).add(f.reporterCode));
  const years = [...reporters.keys()].sort((a, b) => b - a);
  return years.find((year) => countries.every((c) => reporters.get(year)!.has(c))) ?? years[0] ?? null;
}

export function tradeMatrix(figures: readonly ReportedFigure[], countries: readonly string[], year: number): TradeMatrix {
  const value = reportedValues(figures);
  const cells: TradeMatrix["cells"] = {};
  for (const reporter of countries) {
    cells[reporter] = {};
    for (const partner of countries) {
      if (partner === reporter) continue;
      const exports = value(year, reporter, partner, "EXPORT");
      const imports = value(year, reporter, partner, "IMPORT");
      const stated = value(year, reporter, partner, "TURNOVER");
      cells[reporter][partner] = { exports, imports, turnover: stated ?? (exports !== null && imports !== null ? exports + imports : null) };
    }
  }
  return { year, countries: [...countries], cells };
}
