import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/decimal";
import { describeSeries, getObservedGrowth, isFullCalendarYear, type SeriesPoint } from "@/lib/metrics/series";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const point = (start: string, end: string, value: string | null, flags: Partial<SeriesPoint> = {}): SeriesPoint => ({
  periodStart: day(start),
  periodEnd: day(end),
  periodInferred: false,
  valueUsd: value === null ? null : new Decimal(value),
  isLowerBound: false,
  ...flags,
});

const intraRegional = [
  point("2024-01-01", "2024-12-31", "11500000000", { periodInferred: true }),
  point("2022-01-01", "2022-12-31", "11000000000", { periodInferred: true }),
];
const uzKz = [point("2020-01-01", "2020-12-31", "3000000000", { isLowerBound: true }), point("2021-01-01", "2021-10-31", "3200000000")];

describe("isFullCalendarYear", () => {
  it("accepts 1 January – 31 December and nothing shorter", () => {
    expect(isFullCalendarYear(day("2024-01-01"), day("2024-12-31"))).toBe(true);
    expect(isFullCalendarYear(day("2021-01-01"), day("2021-10-31"))).toBe(false);
    expect(isFullCalendarYear(day("2023-01-01"), day("2024-12-31"))).toBe(false);
  });
});

describe("describeSeries", () => {
  it("calls the two intra-regional figures a thin series with 2023 missing and both years inferred", () => {
    const shape = describeSeries(intraRegional);
    expect(shape.fullYears.map((p) => p.periodEnd.getUTCFullYear())).toEqual([2022, 2024]);
    expect(shape.missingYears).toEqual([2023]);
    expect(shape.inferredYears).toBe(2);
    expect(shape.isThin).toBe(true);
  });

  it("keeps January–October 2021 apart from the full year 2020", () => {
    const shape = describeSeries(uzKz);
    expect(shape.fullYears).toHaveLength(1);
    expect(shape.partial.map((p) => p.periodEnd.toISOString().slice(0, 10))).toEqual(["2021-10-31"]);
    expect(shape.lowerBounds).toBe(1);
  });

  it("sets a growth-only figure aside", () => {
    const shape = describeSeries([point("2025-01-01", "2025-11-13", null, { isLowerBound: false })]);
    expect(shape.growthOnly).toHaveLength(1);
    expect(shape.fullYears).toHaveLength(0);
    expect(shape.missingYears).toEqual([]);
  });
});

describe("getObservedGrowth", () => {
  it("reads 2.25% a year from 2022 to 2024 and says the first year is inferred", () => {
    const observed = getObservedGrowth(describeSeries(intraRegional));
    expect(observed?.rate).toBeCloseTo(0.0225, 4);
    expect(observed).toMatchObject({ fromYear: 2022, toYear: 2024, fromInferred: true });
  });

  it("reads nothing from one full year, nor from a lower bound", () => {
    expect(getObservedGrowth(describeSeries(uzKz))).toBeNull();
    const bounded = [point("2019-01-01", "2019-12-31", "2000000000", { isLowerBound: true }), ...uzKz];
    expect(getObservedGrowth(describeSeries(bounded))).toBeNull();
  });
});
