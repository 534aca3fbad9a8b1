import { describe, expect, it } from "vitest";
import { buildChartRows, shortPeriodLabel, type RowText } from "@/lib/charts/trade-rows";
import { Decimal } from "@/lib/decimal";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const figure = (id: string, start: string, end: string, usd: string | null, flags: { periodInferred?: boolean; isLowerBound?: boolean } = {}) => ({
  id,
  periodStart: day(start),
  periodEnd: day(end),
  periodInferred: flags.periodInferred ?? false,
  valueUsd: usd === null ? null : new Decimal(usd),
  isLowerBound: flags.isLowerBound ?? false,
});

// The seeded figures (lib/seed/data.ts).
const intraRegional = [
  figure("tf-ca-2022", "2022-01-01", "2022-12-31", "11000000000", { periodInferred: true }),
  figure("tf-ca-2024", "2024-01-01", "2024-12-31", "11500000000", { periodInferred: true }),
];
const kazakhstanUzbekistan = [
  figure("tf-kz-uz-2020", "2020-01-01", "2020-12-31", "3000000000", { isLowerBound: true }),
  figure("tf-kz-uz-2021-jan-oct", "2021-01-01", "2021-10-31", "3200000000"),
];
const azerbaijanGrowthOnly = [figure("tf-az-ca-2025-ytd", "2025-01-01", "2025-11-13", null)];

// Plain sentences in place of the page's translations: the rows only choose which to use.
const text: RowText = {
  describe: (f, label) => `${label}: ${f.valueUsd!.div(1e9).toString()} bn`,
  missing: (year) => `${year}: no figure reported`,
  pathPoint: (year, value) => `${year}: ${value.div(1e9).toFixed(2)} bn on the required path`,
};

describe("the label under a bar", () => {
  it("is the year for a full calendar year and the months for part of one", () => {
    expect(shortPeriodLabel(day("2024-01-01"), day("2024-12-31"), "en")).toBe("2024");
    expect(shortPeriodLabel(day("2021-01-01"), day("2021-10-31"), "en")).toBe("Jan–Oct 2021");
    // Russian short months end in a dot ("янв."), which the label drops.
    expect(shortPeriodLabel(day("2021-01-01"), day("2021-10-31"), "ru")).toBe("янв–окт 2021");
  });
});

describe("the rows of a trade chart", () => {
  it("gives intra-regional trade a bar for 2022 and 2024 and a gap for 2023, in billions", () => {
    const rows = buildChartRows(intraRegional, "en", text);
    expect(rows.map((r) => [r.label, r.value, r.description])).toEqual([
      ["2022", 11, "2022: 11 bn"],
      ["2023", null, "2023: no figure reported"],
      ["2024", 11.5, "2024: 11.5 bn"],
    ]);
    expect(rows.map((r) => r.inferred)).toEqual([true, undefined, true]);
  });

  it("marks Kazakhstan–Uzbekistan's 2020 as a lower bound and January–October 2021 as part of a year", () => {
    const rows = buildChartRows(kazakhstanUzbekistan, "en", text);
    expect(rows.map((r) => [r.key, r.label, r.value, r.lowerBound, r.partial])).toEqual([
      ["tf-kz-uz-2020", "2020", 3, true, false],
      ["tf-kz-uz-2021-jan-oct", "Jan–Oct 2021", 3.2, false, true],
    ]);
  });

  it("draws no bar for a figure that gives only a growth rate", () => {
    expect(buildChartRows(azerbaijanGrowthOnly, "en", text)).toEqual([]);
  });

  it("shows the full year where a year has both a full-year and a part-year figure", () => {
    const rows = buildChartRows([figure("jan-jun", "2024-01-01", "2024-06-30", "5000000000"), intraRegional[1]!], "en", text);
    expect(rows.map((r) => [r.key, r.value])).toEqual([["tf-ca-2024", 11.5]]);
  });

  it("runs on past the last figure to the end of a target's path, each year with its point on the path", () => {
    const path = [2024, 2025, 2026].map((year, i) => ({ year, value: new Decimal(11_500_000_000).mul(new Decimal(1.1).pow(i)) }));
    const rows = buildChartRows(intraRegional, "en", text, path);
    expect(rows.map((r) => [r.label, r.value, r.path])).toEqual([
      ["2022", 11, null],
      ["2023", null, null],
      ["2024", 11.5, 11.5],
      ["2025", null, 12.65],
      ["2026", null, 13.915],
    ]);
    expect(rows.at(-1)?.description).toBe("2026: 13.92 bn on the required path");
  });
});
