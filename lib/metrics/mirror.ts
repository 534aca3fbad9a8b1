// Mirror statistics: what country A reports exporting to B beside what B reports importing
// from A, year by year, with the gap between them. Importers usually record more (their
// value includes freight and insurance, and goods in transit cross the year's end), so the
// gap is the importer's figure against the exporter's: (imports − exports) / exports.

export type ReportedFigure = { reporterCode: string; countryACode: string; countryBCode: string; flow: string; year: number; valueUsd: number };

/** One direction of a pair in one year: the exporter's and the importer's figures and the gap; null where a side reported nothing. */
export type MirrorCell = { exports: number | null; imports: number | null; gap: number | null };
export type MirrorRow = { year: number; aToB: MirrorCell; bToA: MirrorCell };

/** The years either side reported, newest first, for the pair `a`–`b`. */
export function mirrorRows(figures: readonly ReportedFigure[], a: string, b: string): MirrorRow[] {
  const value = new Map<string, number>();
  const years = new Set<number>();
  for (const f of figures) {
    value.set(`${f.year}:${f.reporterCode}:${f.flow}`, f.valueUsd);
    years.add(f.year);
  }
  const cell = (year: number, exporter: string, importer: string): MirrorCell => {
    const exports = value.get(`${year}:${exporter}:EXPORT`) ?? null;
    const imports = value.get(`${year}:${importer}:IMPORT`) ?? null;
    return { exports, imports, gap: exports && imports !== null ? (imports - exports) / exports : null };
  };
  return [...years].sort((x, y) => y - x).map((year) => ({ year, aToB: cell(year, a, b), bToA: cell(year, b, a) }));
}
