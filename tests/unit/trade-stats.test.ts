import { describe, expect, it } from "vitest";
import { countryCodeOf } from "@/lib/trade-stats/countries";
import { readNumber, scaleToCents } from "@/lib/trade-stats/number";
import { parsePeriod, periodFrequency, periodOf } from "@/lib/trade-stats/period";
import { previewTable, readRows, type ColumnsSettings, type ReadCell, type TableRow } from "@/lib/trade-stats/presets";
import { COMTRADE_HEADER, comtradeRows, LONG_HEADER, longTable, wideTable } from "@/lib/synthetic/trade-statistics";
import { fieldsOfLayout, layoutFromFields } from "@/lib/validation/statistics-layout";
import { mirrorRows } from "@/lib/metrics/mirror";
import { matrixYear, tradeMatrix } from "@/lib/metrics/trade-matrix";
import { computedTotals } from "@/lib/metrics/computed-total";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rowsOf = (cells: string[][]): TableRow[] => cells.map((row, i) => ({ line: i + 1, cells: row }));

describe("periods of official statistics", () => {
  it("reads years, quarters and months as tables write them", () => {
    expect(parsePeriod("2023")).toEqual({ frequency: "YEAR", periodStart: day("2023-01-01"), periodEnd: day("2023-12-31") });
    expect(parsePeriod("2023-Q2")).toEqual({ frequency: "QUARTER", periodStart: day("2023-04-01"), periodEnd: day("2023-06-30") });
    expect(parsePeriod("2024q1")?.periodEnd).toEqual(day("2024-03-31"));
    expect(parsePeriod("202402")).toEqual({ frequency: "MONTH", periodStart: day("2024-02-01"), periodEnd: day("2024-02-29") });
    expect(parsePeriod("2023-12")?.periodEnd).toEqual(day("2023-12-31"));
    for (const text of ["23", "2023-13", "2023-Q5", "Jan 2023", "", "2023-1"]) expect(parsePeriod(text)).toBeNull();
  });

  it("names the frequency of a span, and none for a partial period", () => {
    expect(periodFrequency(day("2023-01-01"), day("2023-12-31"))).toBe("YEAR");
    expect(periodFrequency(day("2023-07-01"), day("2023-09-30"))).toBe("QUARTER");
    expect(periodFrequency(day("2023-02-01"), day("2023-02-28"))).toBe("MONTH");
    expect(periodFrequency(day("2023-01-01"), day("2023-06-30"))).toBeNull();
    expect(periodFrequency(day("2023-02-01"), day("2023-04-30"))).toBeNull();
    const q = periodOf("QUARTER", 2025, 4);
    expect(periodFrequency(q.periodStart, q.periodEnd)).toBe("QUARTER");
  });
});

describe("numbers as statistics tables write them", () => {
  it("reads the usual groupings and decimal marks of both locales", () => {
    const read = (text: string) => readNumber(text);
    expect(read("1 234 567,8")).toEqual({ ok: true, value: "1234567.8" });
    expect(read("1\u00a0234\u00a0567")).toEqual({ ok: true, value: "1234567" });
    expect(read("1,200,000,000")).toEqual({ ok: true, value: "1200000000" });
    expect(read("1.234.567,89")).toEqual({ ok: true, value: "1234567.89" });
    expect(read("1,234,567.89")).toEqual({ ok: true, value: "1234567.89" });
    expect(read("1234,5")).toEqual({ ok: true, value: "1234.5" });
    expect(read("0,125")).toEqual({ ok: true, value: "0.125" });
    // Four digits before the mark: no thousands group is that long, so it is a decimal mark.
    expect(read("1234,567")).toEqual({ ok: true, value: "1234.567" });
    expect(read("1.2E+09")).toEqual({ ok: true, value: "1200000000" });
  });

  it("refuses what it would have to guess, and what is not a number", () => {
    expect(readNumber("1,234")).toEqual({ ok: false, reason: "ambiguousNumber" });
    expect(readNumber("1.234")).toEqual({ ok: false, reason: "ambiguousNumber" });
    for (const text of ["12,34,567", "1.234,5.6", "abc", "1 234 $", "--5"]) expect(readNumber(text)).toEqual({ ok: false, reason: "notANumber" });
  });

  it("scales to dollars with cents exactly, rounding half away from zero", () => {
    expect(scaleToCents("1234.5", 3)).toBe("1234500.00");
    expect(scaleToCents("0.0015", 3)).toBe("1.50");
    expect(scaleToCents("12.345", 0)).toBe("12.35");
    expect(scaleToCents("12.344", 0)).toBe("12.34");
    expect(scaleToCents("7", 6)).toBe("7000000.00");
    expect(scaleToCents("0.004", 0)).toBe("0.00");
    expect(scaleToCents("123456789012.34", 0)).toBe("123456789012.34");
  });
});

describe("countries as files name them", () => {
  it("knows the six by M49 number, ISO code and English or Russian name", () => {
    expect(["398", "860", "417", "762", "795", "31", "031"].map(countryCodeOf)).toEqual(["KZ", "UZ", "KG", "TJ", "TM", "AZ", "AZ"]);
    expect(["KAZ", "uzb", "KG", "Kyrgyz Republic", "Таджикистан", "  Туркменистан "].map(countryCodeOf)).toEqual(["KZ", "UZ", "KG", "KG", "TJ", "TM"]);
    expect(["0", "643", "RUS", "World", ""].map(countryCodeOf)).toEqual([null, null, null, null, null]);
  });
});

describe("the UN Comtrade preset", () => {
  const figures = (cells: ReadCell[]) => cells.filter((c) => c.outcome === "figure");

  it("keeps the six's total trade with each other and counts, with the reason, every row it skips", () => {
    const read = readRows(rowsOf([[...COMTRADE_HEADER], ...comtradeRows({ years: [2023], withSkippable: true })]), { preset: "comtrade" });
    if (!read.ok) throw new Error(read.problem);
    // 6 reporters × 5 partners × 2 flows; and 4 skippable rows per reporter.
    expect(figures(read.cells)).toHaveLength(60);
    const skipped = read.cells.filter((c) => c.outcome === "skipped").map((c) => (c.outcome === "skipped" ? c.reason : null));
    expect(skipped.sort()).toEqual([...Array(6).fill("notTotal"), ...Array(12).fill("partnerNotFollowed"), ...Array(6).fill("reExport")].sort());
    const kzToUz = read.cells.find((c) => c.outcome === "figure" && c.figure.reporter === "KZ" && c.figure.partner === "UZ" && c.figure.flow === "EXPORT");
    expect(kzToUz).toMatchObject({ line: expect.any(Number), figure: { frequency: "YEAR", periodStart: day("2023-01-01"), periodEnd: day("2023-12-31") } });
  });

  it("reads monthly rows by their period, and says what is wrong with a row", () => {
    const header = ["freqCode", "period", "reporterISO", "flowCode", "partnerISO", "cmdCode", "primaryValue"];
    const read = readRows(
      rowsOf([
        header,
        ["M", "202403", "KAZ", "X", "UZB", "TOTAL", "123456789.5"],
        ["M", "2024", "KAZ", "X", "UZB", "TOTAL", "1"],
        ["A", "2024", "KAZ", "Z", "UZB", "TOTAL", "1"],
        ["A", "2024", "KAZ", "M", "UZB", "TOTAL", "-5"],
        ["A", "2024", "KAZ", "M", "UZB", "TOTAL", ""],
        ["A", "2023", "KAZ", "M", "KAZ", "TOTAL", "5"],
        ["M", "202403", "398", "X", "860", "TOTAL", "99"],
      ]),
      { preset: "comtrade" },
    );
    if (!read.ok) throw new Error(read.problem);
    expect(read.cells).toEqual([
      expect.objectContaining({
        line: 2,
        outcome: "figure",
        figure: expect.objectContaining({ frequency: "MONTH", periodEnd: day("2024-03-31"), valueUsd: "123456789.50" }),
      }),
      expect.objectContaining({ line: 3, outcome: "wrong", reason: "unknownPeriod" }),
      expect.objectContaining({ line: 4, outcome: "wrong", reason: "unknownFlow", value: "Z" }),
      expect.objectContaining({ line: 5, outcome: "wrong", reason: "negative" }),
      expect.objectContaining({ line: 6, outcome: "skipped", reason: "noValue" }),
      expect.objectContaining({ line: 7, outcome: "skipped", reason: "samePair" }),
      expect.objectContaining({ line: 8, outcome: "wrong", reason: "duplicateInFile", firstLine: 2 }),
    ]);
  });

  it("names the columns a file lacks", () => {
    expect(readRows(rowsOf([["refYear", "reporterCode", "primaryValue"]]), { preset: "comtrade" })).toEqual({
      ok: false,
      problem: "missingColumns",
      columns: ["partnerCode / partnerISO / partnerDesc", "flowCode"],
      found: ["refYear", "reporterCode", "primaryValue"],
    });
  });
});

describe("the wide-table preset", () => {
  it("finds the header under a title, reads one figure per partner and year in the chosen unit, and skips the rest", () => {
    const read = readRows(rowsOf(wideTable("KZ", [2022, 2023])), { preset: "wide", reporter: "KZ", flow: "EXPORT", scale: 3 });
    if (!read.ok) throw new Error(read.problem);
    const figures = read.cells.flatMap((c) => (c.outcome === "figure" ? [c] : []));
    // Five partners × two years, less the one ".." cell.
    expect(figures).toHaveLength(9);
    expect(figures.every((c) => c.figure.reporter === "KZ" && c.figure.flow === "EXPORT" && c.figure.frequency === "YEAR")).toBe(true);
    const first = figures[0]!;
    expect(first.figure.valueUsd).toBe(scaleToCents(first.read, 3));
    expect(read.cells.filter((c) => c.outcome === "skipped").map((c) => c.outcome === "skipped" && [c.reason, c.value])).toEqual([
      ["noValue", ".."],
      ["partnerNotFollowed", "Russian Federation"],
      ["partnerNotFollowed", "Total"],
    ]);
  });

  it("reads numbers written with a decimal comma, and refuses an ambiguous one", () => {
    const read = readRows(
      rowsOf([
        ["Страна", "2023"],
        ["Узбекистан", "1 234,5"],
        ["Кыргызстан", "1,234"],
      ]),
      { preset: "wide", reporter: "KZ", flow: "TURNOVER", scale: 3 },
    );
    if (!read.ok) throw new Error(read.problem);
    expect(read.cells).toEqual([
      expect.objectContaining({ line: 2, column: "2023", outcome: "figure", figure: expect.objectContaining({ partner: "UZ", valueUsd: "1234500.00" }) }),
      expect.objectContaining({ line: 3, column: "2023", outcome: "wrong", reason: "ambiguousNumber", value: "1,234" }),
    ]);
  });

  it("says when no row of periods is found", () => {
    expect(
      readRows(
        rowsOf([
          ["Partner", "Value"],
          ["Uzbekistan", "5"],
        ]),
        { preset: "wide", reporter: "KZ", flow: "EXPORT", scale: 0 },
      ),
    ).toEqual({ ok: false, problem: "noHeader" });
  });
});

describe("a table read through the person's column map", () => {
  const [reporter, partner, year, month, flow, value] = LONG_HEADER;
  const map: ColumnsSettings = { columns: { reporter, partner, period: year, month, flow, value }, scale: 3 };

  it("finds the header under a title and previews the rows under it", () => {
    const preview = previewTable(rowsOf(longTable("UZ", 2024)), 2);
    expect(preview.header).toEqual([...LONG_HEADER]);
    expect(preview.sample).toHaveLength(2);
    expect(preview.sample[0]!.slice(0, 5)).toEqual(["узбекистан", "казахстан", "2024", "1", "экспорт"]);
  });

  it("keeps each sample cell under its column when a column has no name", () => {
    const preview = previewTable(
      rowsOf([
        ["Partner", "", "Value"],
        ["Kyrgyzstan", "", "5"],
      ]),
    );
    expect(preview).toEqual({ header: ["Partner", "Value"], sample: [["Kyrgyzstan", "5"]] });
  });

  it("reads a figure per row in the office's own words and unit, and skips totals and re-exports", () => {
    const read = readRows(rowsOf(longTable("UZ", 2024)), { preset: "columns", ...map });
    if (!read.ok) throw new Error(read.problem);
    const figures = read.cells.flatMap((c) => (c.outcome === "figure" ? [c.figure] : []));
    // Five partners × twelve months × two flows.
    expect(figures).toHaveLength(120);
    expect(figures[0]).toMatchObject({ reporter: "UZ", partner: "KZ", flow: "EXPORT", frequency: "MONTH", periodStart: day("2024-01-01") });
    expect(figures[1]).toMatchObject({ flow: "IMPORT", periodEnd: day("2024-01-31") });
    expect(read.cells.filter((c) => c.outcome !== "figure").map((c) => c.outcome === "skipped" && c.reason)).toEqual([
      ...Array(24).fill("partnerNotFollowed"),
      "reExport",
    ]);
  });

  it("takes the reporter and the flow as one for every row, and a period column on its own", () => {
    const read = readRows(
      rowsOf([
        ["Partner", "Period", "Value"],
        ["Kyrgyzstan", "2023-Q2", "1 500,25"],
        ["Tajikistan", "2023", "7"],
        ["Kazakhstan", "Q2 2023", "7"],
      ]),
      { preset: "columns", columns: { partner: "partner", period: "PERIOD", value: "Value" }, reporter: "KZ", flow: "TURNOVER", scale: 6 },
    );
    if (!read.ok) throw new Error(read.problem);
    expect(read.cells).toEqual([
      expect.objectContaining({
        outcome: "figure",
        figure: expect.objectContaining({ reporter: "KZ", partner: "KG", flow: "TURNOVER", frequency: "QUARTER", valueUsd: "1500250000.00" }),
      }),
      expect.objectContaining({ outcome: "figure", figure: expect.objectContaining({ partner: "TJ", frequency: "YEAR", valueUsd: "7000000.00" }) }),
      expect.objectContaining({ line: 4, outcome: "skipped", reason: "samePair" }),
    ]);
  });

  it("says what is wrong with a row's flow or period", () => {
    const read = readRows(
      rowsOf([
        [...LONG_HEADER],
        ["Узбекистан", "Казахстан", "2024", "13", "экспорт", "5"],
        ["Узбекистан", "Казахстан", "2024", "1", "транзит", "5"],
        ["Узбекистан", "Казахстан", "2024", "", "импорт", "5"],
      ]),
      { preset: "columns", ...map },
    );
    if (!read.ok) throw new Error(read.problem);
    expect(read.cells).toEqual([
      expect.objectContaining({ line: 2, outcome: "wrong", reason: "unknownPeriod", value: "2024 13" }),
      expect.objectContaining({ line: 3, outcome: "wrong", reason: "unknownFlow", value: "транзит" }),
      expect.objectContaining({ line: 4, outcome: "figure", figure: expect.objectContaining({ flow: "IMPORT", frequency: "YEAR" }) }),
    ]);
  });

  it("names the mapped columns the file lacks, and the columns it has", () => {
    expect(
      readRows(rowsOf([["Partner", "Year", "Value"]]), {
        preset: "columns",
        columns: { partner: "Partner", period: "Period", value: "USD" },
        reporter: "KZ",
        flow: "EXPORT",
        scale: 0,
      }),
    ).toEqual({
      ok: false,
      problem: "missingColumns",
      columns: ["Period", "USD"],
      found: ["Partner", "Year", "Value"],
    });
  });
});

describe("a layout as the form, the command line and a saved layout give it", () => {
  const fields = { preset: "columns", partnerColumn: "Partner", periodColumn: "Year", valueColumn: "Value", reporter: "KAZ", flow: "EXPORT", scale: "3" };

  it("reads the form's fields, a country by any of its codes, and keeps only the fields the layout uses", () => {
    const settings = layoutFromFields({ ...fields, monthColumn: " ", flowColumn: "" });
    expect(settings).toEqual({ preset: "columns", columns: { partner: "Partner", period: "Year", value: "Value" }, reporter: "KZ", flow: "EXPORT", scale: 3 });
    expect(fieldsOfLayout(settings!)).toEqual({ ...fields, reporter: "KZ" });
    expect(layoutFromFields(fieldsOfLayout(settings!))).toEqual(settings);
    expect(layoutFromFields({ preset: "wide", reporter: "UZ", flow: "IMPORT", scale: "6", partnerColumn: "x" })).toEqual({
      preset: "wide",
      reporter: "UZ",
      flow: "IMPORT",
      scale: 6,
    });
  });

  it("refuses a layout with a part missing, or given twice", () => {
    expect(layoutFromFields({ ...fields, valueColumn: "" })).toBeNull();
    expect(layoutFromFields({ ...fields, reporter: undefined })).toBeNull();
    expect(layoutFromFields({ ...fields, flowColumn: "Flow" })).toEqual(
      expect.objectContaining({ flow: undefined, columns: expect.objectContaining({ flow: "Flow" }) }),
    );
    expect(layoutFromFields({ ...fields, reporter: "RU" })).toBeNull();
    expect(layoutFromFields({ ...fields, scale: "9" })).toBeNull();
    expect(layoutFromFields({ preset: "wide", reporter: "KZ", flow: "EXPORT" })).toBeNull();
    expect(layoutFromFields({ preset: "other" })).toBeNull();
  });
});

/** A yearly figure `reporterCode` reports of its `flow` with `partner`, the pair stored in alphabetical order. */
function f(reporterCode: string, partner: string, flow: string, year: number, valueUsd: number) {
  const [countryACode, countryBCode] = [reporterCode, partner].sort() as [string, string];
  return { reporterCode, countryACode, countryBCode, flow, year, valueUsd };
}

describe("mirror statistics", () => {
  it("sets each side's exports beside the other's imports, newest year first, with the importer's gap", () => {
    const rows = mirrorRows(
      [
        f("KZ", "UZ", "EXPORT", 2022, 100),
        f("UZ", "KZ", "IMPORT", 2022, 110),
        f("UZ", "KZ", "EXPORT", 2022, 50),
        f("KZ", "UZ", "IMPORT", 2022, 45),
        f("KZ", "UZ", "EXPORT", 2023, 200),
      ],
      "KZ",
      "UZ",
    );
    expect(rows.map((r) => r.year)).toEqual([2023, 2022]);
    expect(rows[1]!.aToB.exports).toBe(100);
    expect(rows[1]!.aToB.imports).toBe(110);
    expect(rows[1]!.aToB.gap).toBeCloseTo(0.1);
    expect(rows[1]!.bToA.gap).toBeCloseTo(-0.1);
    // 2023: only Kazakhstan reported; no gap is made up.
    expect(rows[0]).toEqual({ year: 2023, aToB: { exports: 200, imports: null, gap: null }, bToA: { exports: null, imports: null, gap: null } });
  });
});

describe("the matrix of the six", () => {
  it("takes the latest year every country reported, and sums a turnover only from both flows", () => {
    const figures = [
      f("KZ", "UZ", "EXPORT", 2023, 100),
      f("KZ", "UZ", "IMPORT", 2023, 40),
      f("UZ", "KZ", "EXPORT", 2023, 35),
      f("KZ", "UZ", "EXPORT", 2024, 120),
      f("KG", "KZ", "TURNOVER", 2023, 70),
    ];
    expect(matrixYear(figures, ["KZ", "UZ", "KG"])).toBe(2023);
    expect(matrixYear(figures, ["KZ", "UZ", "KG", "TJ"])).toBe(2024);
    const matrix = tradeMatrix(figures, ["KZ", "UZ", "KG"], 2023);
    expect(matrix.cells.KZ!.UZ).toEqual({ exports: 100, imports: 40, turnover: 140 });
    expect(matrix.cells.UZ!.KZ).toEqual({ exports: 35, imports: null, turnover: null });
    expect(matrix.cells.KG!.KZ!.turnover).toBe(70);
    expect(matrix.cells.KZ!.KZ).toBeUndefined();
    expect(matrixYear([], ["KZ"])).toBeNull();
  });
});

describe("the intra-regional total computed from statistics", () => {
  it("sums each pair's imports, the partner's exports standing in for a missing side, and marks a year with a missing pair", () => {
    const figures = [
      // 2023, KZ–UZ: both sides' imports; KG–KZ: KG's imports, and KG's exports for KZ's missing imports.
      f("KZ", "UZ", "IMPORT", 2023, 10),
      f("UZ", "KZ", "IMPORT", 2023, 20),
      f("KZ", "UZ", "EXPORT", 2023, 999),
      f("KG", "KZ", "IMPORT", 2023, 5),
      f("KG", "KZ", "EXPORT", 2023, 7),
      // KG–UZ: one direction only, so the pair is missing.
      f("UZ", "KG", "IMPORT", 2023, 3),
    ];
    const [year] = computedTotals(figures, ["KG", "KZ", "UZ"]);
    expect(year).toEqual({ year: 2023, totalUsd: 10 + 20 + 5 + 7, pairsCovered: 2, pairs: 3, complete: false });
    expect(computedTotals(figures.slice(0, 5), ["KZ", "UZ"])).toEqual([{ year: 2023, totalUsd: 30, pairsCovered: 1, pairs: 1, complete: true }]);
  });
});
