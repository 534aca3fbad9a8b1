// Mirror statistics: what country A reports exporting to B beside what B reports importing
// from A, year by year, with the gap between them. Importers usually record more (their
// value includes freight and insurance, and goods in transit cross the year's end), so the
// gap is the importer's figure against the exporter's: (imports − exports) / exports.

export type ReportedFigure = { reporterCode: string; countryACode: string; countryBCode: string; flow: string; year: number; valueUsd: number };

/** One direction of a pair in one year: the exporter's and the importer's figures and the gap; null where a side reported nothing. */
export type MirrorCell = { exports: number | null; imports: number | null; gap: number | null };
export type MirrorRow = { year: number; aToB: MirrorCell; bToA: MirrorCell };

/** What `reporter` reports of its `flow` with `partner` in `year`, or null: one lookup over yearly reported figures, for the mirror, the matrix and the computed total. */
export function reportedValues(figures: readonly ReportedFigure[]): (year: number, reporter: string, partner: string, flow: string) => number | null {
  const value = new Map<string, number>();
  for (const f of figures) {
    const partner = f.reporterCode === f.countryACode ? f.countryBCode : f.countryACode;
    value.set(`${f.year}:${f.reporterCode}>${partner}:${f.flow}`, f.valueUsd);
  }
  return (year, reporter, partner, flow) => value.get(`${year}:${reporter}>${partner}:${flow}`) ?? null;
}

/** The years any figure was reported, newest first. */
export function reportedYears(figures: readonly ReportedFigure[]): number[] {
  return [...new Set(figures.map((f) => f.year))].sort((x, y) => y - x);
}

/** The years either side reported, newest first, for the pair `a`–`b`. */
export function mirrorRows(figures: readonly ReportedFigure[], a: string, b: string): MirrorRow[] {
  const value = reportedValues(figures);
  const cell = (year: number, exporter: string, importer: string): MirrorCell => {
    const exports = value(year, exporter, importer, "EXPORT");
    const imports = value(year, importer, exporter, "IMPORT");
    return { exports, imports, gap: exports && imports !== null ? (imports - exports) / exports : null };
  };
  return reportedYears(figures).map((year) => ({ year, aToB: cell(year, a, b), bToA: cell(year, b, a) }));
}
