import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Decimal } from "@/lib/decimal";
import {
  annualiseGrowth,
  getCompoundAnnualGrowth,
  getRequiredAnnualGrowth,
  getRequiredAnnualIncrease,
  getRequiredPath,
  getYearsToReach,
} from "@/lib/metrics/growth";

const bn = (n: number | string) => new Decimal(n).times(1e9);

describe("getCompoundAnnualGrowth", () => {
  it("gives about 2.2% a year between $11bn (2022) and $11.5bn (2024)", () => {
    expect(getCompoundAnnualGrowth(bn(11), bn("11.5"), 2)).toBeCloseTo(0.02247, 5);
  });

  it("refuses zero years and a start that is not positive", () => {
    expect(() => getCompoundAnnualGrowth(bn(1), bn(2), 0)).toThrow(RangeError);
    expect(() => getCompoundAnnualGrowth(bn(0), bn(2), 1)).toThrow(RangeError);
  });
});

describe("annualiseGrowth", () => {
  it("turns 80% over five years into 12.5% a year", () => {
    expect(annualiseGrowth(0.8, 5)).toBeCloseTo(0.1247, 4);
  });

  it("compounds back to the total it was given", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 10, noNaN: true }), fc.integer({ min: 1, max: 30 }), (total, years) => {
        expect((1 + annualiseGrowth(total, years)) ** years - 1).toBeCloseTo(total, 9);
      }),
    );
  });
});

describe("getRequiredAnnualGrowth", () => {
  it("needs 9.7% a year from $11.5bn in 2024 to $20bn in 2030", () => {
    expect(getRequiredAnnualGrowth(bn("11.5"), bn(20), 6)).toBeCloseTo(0.0966, 4);
  });

  it("needs 4.5% a year from $11.5bn to $15bn in the same six years", () => {
    expect(getRequiredAnnualGrowth(bn("11.5"), bn(15), 6)).toBeCloseTo(0.0453, 4);
  });

  it("needs 22.2% a year from $3bn in 2020 to the $10bn UZ–KZ target in 2026", () => {
    expect(getRequiredAnnualGrowth(bn(3), bn(10), 6)).toBeCloseTo(0.2222, 4);
  });

  it("needs nothing once the target is reached", () => {
    expect(getRequiredAnnualGrowth(bn(21), bn(20), 3)).toBe(0);
  });

  it("reaches the target when compounded over the years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 1, max: 40 }), (r, t, years) => {
        const reported = new Decimal(r);
        const target = new Decimal(t);
        const growth = getRequiredAnnualGrowth(reported, target, years);
        expect(growth).toBeGreaterThanOrEqual(0);
        expect(reported.toNumber() * (1 + growth) ** years).toBeGreaterThanOrEqual(Math.min(t, r) * (1 - 1e-9));
        if (t > r) expect((reported.toNumber() * (1 + growth) ** years) / t).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe("getRequiredAnnualIncrease", () => {
  it("needs $1.42bn more every year to go from $11.5bn to $20bn in six years", () => {
    expect(getRequiredAnnualIncrease(bn("11.5"), bn(20), 6).div(1e9).toFixed(2)).toBe("1.42");
  });

  it("is zero once the target is exceeded", () => {
    expect(getRequiredAnnualIncrease(bn(25), bn(20), 6).toNumber()).toBe(0);
  });
});

describe("getYearsToReach", () => {
  it("takes about 25 years to reach $20bn at the 2.2% a year seen between the two figures", () => {
    const pace = getCompoundAnnualGrowth(bn(11), bn("11.5"), 2);
    expect(getYearsToReach(bn("11.5"), bn(20), pace)).toBeCloseTo(24.9, 1);
    expect(getYearsToReach(bn("11.5"), bn(15), pace)).toBeCloseTo(12.0, 1);
  });

  it("never arrives without growth, and has arrived once the target is met", () => {
    expect(getYearsToReach(bn(10), bn(20), 0)).toBe(Infinity);
    expect(getYearsToReach(bn(10), bn(20), -0.05)).toBe(Infinity);
    expect(getYearsToReach(bn(20), bn(20), 0)).toBe(0);
  });
});

describe("getRequiredPath", () => {
  it("runs from $11.5bn in 2024 to exactly $20bn in 2030", () => {
    const path = getRequiredPath(bn("11.5"), bn(20), 2024, 2030);
    expect(path.map((p) => p.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(path.map((p) => p.value.div(1e9).toFixed(2))).toEqual(["11.50", "12.61", "13.83", "15.17", "16.63", "18.24", "20.00"]);
  });

  it("rises every year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 1, max: 30 }), (r, extra, years) => {
        const path = getRequiredPath(new Decimal(r), new Decimal(r + extra), 2000, 2000 + years);
        for (let i = 1; i < path.length; i++) expect(path[i]!.value.gt(path[i - 1]!.value)).toBe(true);
      }),
    );
  });
});
