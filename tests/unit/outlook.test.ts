import { describe, expect, it } from "vitest";
import fc from "fast-check";
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
    const outlook = getOutlook({
      reported: bn("11.5"),
      reportedYear: 2024,
      reportedIsLowerBound: false,
      target: bn(20),
      horizonYear: 2030,
      achievedGrowth: 0.0225,
    });
    expect(outlook.years).toBe(6);
    expect(outlook.share).toBe(0.575);
    expect(outlook.gap.toString()).toBe(bn("8.5").toString());
    expect(outlook.requiredGrowth).toBeCloseTo(0.0966, 4);
    expect(outlook.yearsAtAchievedPace).toBeCloseTo(24.9, 1);
    expect(outlook.yearAtAchievedPace).toBe(2049);
    expect(outlook.milestones.map((m) => m.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(outlook.status).toBe("LIMITED_PROGRESS");
    expect(outlook.bounded).toBe(false);
  });

  it("marks the UZ–KZ figures as bounds because 2020 was 'more than $3bn'", () => {
    const outlook = getOutlook({ reported: bn(3), reportedYear: 2020, reportedIsLowerBound: true, target: bn(10), horizonYear: 2026, achievedGrowth: null });
    expect(outlook).toMatchObject({ years: 6, share: 0.3, bounded: true, yearsAtAchievedPace: null, status: "UNKNOWN" });
    expect(outlook.requiredGrowth).toBeCloseTo(0.2222, 4);
  });

  it("gives no required growth when the deadline is not after the latest figure", () => {
    const outlook = getOutlook({ reported: bn(1), reportedYear: 2024, reportedIsLowerBound: false, target: bn(2), horizonYear: 2022, achievedGrowth: 0.1 });
    expect(outlook).toMatchObject({ years: -2, requiredGrowth: null, requiredIncrease: null, milestones: [], status: "UNKNOWN" });
  });

  it("calls a target already met achieved, with nothing more needed", () => {
    const outlook = getOutlook({ reported: bn(21), reportedYear: 2024, reportedIsLowerBound: false, target: bn(20), horizonYear: 2030, achievedGrowth: -0.05 });
    expect(outlook).toMatchObject({ reached: true, requiredGrowth: 0, yearsAtAchievedPace: 0, status: "ACHIEVED" });
    expect(outlook.gap.toNumber()).toBe(0);
  });

  it("never reaches the target at zero or negative growth", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.double({ min: -0.5, max: 0, noNaN: true }), (reported, growth) => {
        const outlook = getOutlook({
          reported: new Decimal(reported),
          reportedYear: 2024,
          reportedIsLowerBound: false,
          target: new Decimal(1000),
          horizonYear: 2030,
          achievedGrowth: growth,
        });
        expect(outlook.yearAtAchievedPace).toBeNull();
        expect(["LIMITED_PROGRESS", "MOVING_AWAY"]).toContain(outlook.status);
      }),
    );
  });
});
