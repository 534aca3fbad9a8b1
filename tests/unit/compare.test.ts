import { describe, expect, it } from "vitest";
import { buildComparison, comparisonRows, COMPARE_COLORS, type CompareFigure } from "@/lib/charts/compare";
import { parseCompareQuery, tradeViewParams } from "@/lib/validation/trade";
import { parseReportedSeriesKey, reportedSeriesKey } from "@/lib/trade-stats/series-key";
import { queryView } from "@/lib/query-route";
import { turnoverOf } from "@/lib/metrics/turnover";
import { Decimal } from "@/lib/decimal";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const year = (y: number, valueBn: number | null, partial = false): CompareFigure => ({
  periodStart: day(`${y}-01-01`),
  periodEnd: day(partial ? `${y}-10-31` : `${y}-12-31`),
  valueUsd: valueBn === null ? null : valueBn * 1e9,
  partial,
  source: null,
});
const HEIGHT = 200;

describe("ids of official-statistics series", () => {
  it("round-trip, with the frequency only when it is not yearly", () => {
    const yearly = { reporter: "KZ", partner: "UZ", flow: "TURNOVER", frequency: "YEAR" } as const;
    expect(reportedSeriesKey(yearly)).toBe("REPORTED-KZ-UZ-TURNOVER");
    expect(parseReportedSeriesKey("REPORTED-KZ-UZ-TURNOVER")).toEqual(yearly);
    expect(parseReportedSeriesKey("REPORTED-UZ-KG-EXPORT-MONTH")).toEqual({ reporter: "UZ", partner: "KG", flow: "EXPORT", frequency: "MONTH" });
  });

  it("name no series for a country with itself, an unknown flow or frequency", () => {
    for (const key of ["REPORTED-KZ-KZ-TURNOVER", "REPORTED-KZ-UZ-TRANSIT", "REPORTED-KZ-UZ-EXPORT-WEEK", "REPORTED-KZ-UZ", "BILATERAL-KZ-UZ"]) {
      expect(parseReportedSeriesKey(key)).toBeNull();
    }
  });
});

describe("the comparison in the URL", () => {
  it("keeps well-formed series ids once each, at most ten, from commas or repeated keys", () => {
    expect(parseCompareQuery({ compare: "INTRA_REGIONAL,REPORTED-KZ-UZ-TURNOVER,INTRA_REGIONAL,bogus,BILATERAL-KZ" }).series).toEqual([
      "INTRA_REGIONAL",
      "REPORTED-KZ-UZ-TURNOVER",
    ]);
    expect(parseCompareQuery({ compare: ["BILATERAL-KZ-UZ", "REPORTED-UZ-KZ-EXPORT-MONTH"] }).series).toEqual([
      "BILATERAL-KZ-UZ",
      "REPORTED-UZ-KZ-EXPORT-MONTH",
    ]);
    const twelve = ["KG", "TJ", "TM", "AZ", "KZ", "UZ"].flatMap((c) => [`PARTNER_REGION-${c}`, `BILATERAL-${c}-XX`]);
    expect(parseCompareQuery({ compare: twelve.join(",") }).series).toHaveLength(10);
  });

  it("adds the series the form's four menus name, and nothing for an incomplete or impossible choice", () => {
    const menus = { add_reporter: "UZ", add_partner: "KZ", add_flow: "IMPORT", add_frequency: "MONTH" };
    expect(parseCompareQuery({ compare: "INTRA_REGIONAL", ...menus }).series).toEqual(["INTRA_REGIONAL", "REPORTED-UZ-KZ-IMPORT-MONTH"]);
    expect(parseCompareQuery({ ...menus, add_frequency: "YEAR" }).series).toEqual(["REPORTED-UZ-KZ-IMPORT"]);
    expect(parseCompareQuery({ compare: "INTRA_REGIONAL", ...menus, add_reporter: "" }).series).toEqual(["INTRA_REGIONAL"]);
    expect(parseCompareQuery({ ...menus, add_partner: "UZ" }).series).toEqual([]);
    expect(tradeViewParams({ compare: "REPORTED-UZ-KZ-IMPORT-MONTH", ...menus }).compare).toBe("REPORTED-UZ-KZ-IMPORT-MONTH");
  });

  it("reads years and the measure, turning a backwards range round and ignoring nonsense", () => {
    expect(parseCompareQuery({ from: "2024", to: "2015", measure: "index" })).toEqual({ series: [], from: 2015, to: 2024, measure: "index" });
    expect(parseCompareQuery({ from: "15", to: "2024abc", measure: "log" })).toEqual({ series: [], from: undefined, to: undefined, measure: "absolute" });
  });

  it("is part of the /trade view's canonical URL, so each comparison is cached and shared as one page", () => {
    expect(tradeViewParams({ compare: ["BILATERAL-KZ-UZ", "INTRA_REGIONAL"], from: "2015", measure: "absolute", junk: "1" })).toEqual({
      series: undefined,
      view: undefined,
      compare: "BILATERAL-KZ-UZ,INTRA_REGIONAL",
      from: 2015,
      to: undefined,
      measure: undefined,
    });
    const checkboxes = queryView(new URL("http://x/en/trade?compare=BILATERAL-KZ-UZ&compare=INTRA_REGIONAL&from=2015"));
    const commas = queryView(new URL("http://x/en/trade?from=2015&compare=BILATERAL-KZ-UZ,INTRA_REGIONAL"));
    expect(checkboxes).toBe(commas);
    expect(Buffer.from(checkboxes!, "base64url").toString()).toBe("compare=BILATERAL-KZ-UZ%2CINTRA_REGIONAL&from=2015");
  });
});

describe("the comparison chart's model", () => {
  const kzUz = { key: "A", name: "KZ–UZ", figures: [year(2015, 2), year(2016, 3), year(2017, 4), year(2019, 6)] };
  const region = { key: "B", name: "Region", figures: [year(2016, 10), year(2018, 20, true), year(2018, null)] };

  it("spans the years with figures, joins only periods that follow one another, never a partial one", () => {
    const c = buildComparison([kzUz, region], { measure: "absolute" }, [], HEIGHT);
    expect(c.years).toEqual({ from: 2015, to: 2019 });
    expect(c.yearTicks.map((t) => t.year)).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(c.yearTicks[0]!.x).toBeCloseTo(10);
    const [a, b] = c.series;
    expect(a!.lines.map((line) => line.map((p) => p.value))).toEqual([[2, 3, 4]]); // 2019 stands alone after the gap of 2018
    expect(a!.points).toHaveLength(4);
    expect(b!.points.map((p) => [p.value, p.partial])).toEqual([
      [10, false],
      [20, true],
    ]); // the figure without a value is not drawn
    expect(b!.lines).toEqual([]);
    expect([a!.color, b!.color]).toEqual([COMPARE_COLORS[0], COMPARE_COLORS[1]]);
    // The value axis reaches past the largest figure; a point's height follows it.
    expect(c.scale.top).toBeGreaterThanOrEqual(20);
    expect(b!.points[1]!.y).toBeCloseTo(HEIGHT - (20 / c.scale.top) * HEIGHT);
  });

  it("divides each series by its first figure in the range on the index measure", () => {
    const c = buildComparison([kzUz, region], { from: 2016, to: 2019, measure: "index" }, [], HEIGHT);
    expect(c.series[0]!.points.map((p) => p.value)).toEqual([100, (4 / 3) * 100, 200]);
    expect(c.series[0]!.base?.usd).toBe(3e9);
    expect(c.series[1]!.points.map((p) => p.value)).toEqual([100, 200]);
  });

  it("places the summits in range on the time axis, and says when nothing falls in the range", () => {
    const markers = [
      { key: "cm-6", label: "No. 6", title: "VI", date: day("2024-08-09"), href: "/en/summits/cm-6" },
      { key: "cm-1", label: "No. 1", title: "I", date: day("2018-03-15"), href: "/en/summits/cm-1" },
      { key: "old", label: "★", title: "old", date: day("2010-01-01"), href: "/en/summits/old" },
    ];
    const c = buildComparison([kzUz], { measure: "absolute", to: 2019 }, markers, HEIGHT);
    expect(c.markers.map((m) => m.key)).toEqual(["cm-1"]);
    expect(c.markers[0]!.x).toBeCloseTo(((3 + (31 + 28 + 14) / 365) / 5) * 100, 1);
    const empty = buildComparison([kzUz], { measure: "absolute", from: 2021, to: 2022 }, markers, HEIGHT);
    expect(empty.years).toBeNull();
    expect(empty.series[0]!.points).toEqual([]);
  });

  it("tables the series side by side, a row per period, a dash where a series has none", () => {
    const rows = comparisonRows(buildComparison([kzUz, region], { measure: "absolute" }, [], HEIGHT));
    expect(rows.map((r) => [r.periodEnd.toISOString().slice(0, 10), r.cells.map((cell) => cell?.value ?? null)])).toEqual([
      ["2015-12-31", [2, null]],
      ["2016-12-31", [3, 10]],
      ["2017-12-31", [4, null]],
      ["2018-10-31", [null, 20]],
      ["2019-12-31", [6, null]],
    ]);
  });
});

describe("a turnover from the two flows", () => {
  const flow = (y: number, usd: string | null) => ({
    periodStart: day(`${y}-01-01`),
    periodEnd: day(`${y}-12-31`),
    valueUsd: usd === null ? null : new Decimal(usd),
  });

  it("adds exports and imports of the periods both report, to the cent, and leaves out the others", () => {
    const exports = [flow(2021, "2100000000.10"), flow(2022, "1000"), flow(2023, null)];
    const imports = [flow(2021, "1300000000.25"), flow(2023, "5"), flow(2024, "7")];
    expect(turnoverOf(exports, imports).map((f) => [f.periodStart.getUTCFullYear(), f.valueUsd!.toFixed(2)])).toEqual([[2021, "3400000000.35"]]);
  });
});
