import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/decimal";
import { getOutlook, resolveHorizon } from "@/lib/metrics/outlook";

const bn = (n: number | string) => new Decimal(n).times(1e9);

describe("resolveHorizon", () => {
  const twentyBn = { deadlineYear: null, setYear: 2025, fromYear: 2024 };

  it("aims five years after the target was set when nobody picked a year", () => {
    expect(resolveHorizon(twentyBn)).toMatchObject({ year: 2030, source: "default" });
  });

  it("takes the visitor's year from the URL", () => {
    expect(resolveHorizon({ ...twentyBn, requested: "2035" })).toMatchObject({ year: 2035, source: "visitor" });
    expect(resolveHorizon({ ...twentyBn, requested: ["2027", "2040"] })).toMatchObject({ year: 2027, source: "visitor" });
  });

  it("ignores a year before the latest figure, too far ahead, or not a year at all", () => {
    for (const requested of ["2024", "2000", "2100", "abc", "2030.5", ""]) {
      expect(resolveHorizon({ ...twentyBn, requested })).toMatchObject({ year: 2030, source: "default" });
    }
  });

  it("keeps a deadline from the source whatever the URL says", () => {
    expect(resolveHorizon({ deadlineYear: 2026, setYear: 2021, fromYear: 2020, requested: "2035" })).toEqual({ year: 2026, source: "deadline", choices: [] });
  });

  it("offers the years after the latest figure", () => {
    const { choices } = resolveHorizon(twentyBn);
    expect(choices[0]).toBe(2025);
    expect(choices).toContain(2030);
    expect(choices.at(-1)).toBe(2049);
  });
});

describe("getOutlook", () => {
  it("states what $20bn by 2030 takes from $11.5bn in 2024", () => {
    const outlook = getOutlook({ reported: bn("11.5"), reportedYear: 2024, reportedIsLowerBound: false, target: bn(20), horizonYear: 2030, observedGrowth: 0.0225 });
    expect(outlook.years).toBe(6);
    expect(outlook.share).toBe(0.575);
    expect(outlook.gap.toString()).toBe(bn("8.5").toString());
    expect(outlook.requiredGrowth).toBeCloseTo(0.0966, 4);
    expect(outlook.yearsAtObservedPace).toBeCloseTo(24.9, 1);
    expect(outlook.bounded).toBe(false);
  });

  it("marks the UZ–KZ figures as bounds because 2020 was 'more than $3bn'", () => {
    const outlook = getOutlook({ reported: bn(3), reportedYear: 2020, reportedIsLowerBound: true, target: bn(10), horizonYear: 2026, observedGrowth: null });
    expect(outlook).toMatchObject({ years: 6, share: 0.3, bounded: true, yearsAtObservedPace: null });
    expect(outlook.requiredGrowth).toBeCloseTo(0.2222, 4);
  });

  it("refuses a horizon that is not after the latest figure", () => {
    expect(() => getOutlook({ reported: bn(1), reportedYear: 2024, reportedIsLowerBound: false, target: bn(2), horizonYear: 2024, observedGrowth: null })).toThrow(RangeError);
  });
});
