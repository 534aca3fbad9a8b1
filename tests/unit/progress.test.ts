import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Decimal } from "@/lib/decimal";
import { getGap, getShareReached } from "@/lib/metrics/progress";

const bn = (n: number | string) => new Decimal(n).times(1e9);

describe("getShareReached", () => {
  it("gives 57.5% for 11.5bn reported against the 20bn target", () => {
    expect(getShareReached(bn("11.5"), bn(20))).toBe(0.575);
  });

  it("gives 73.3% for 11bn against the 15bn target", () => {
    expect(getShareReached(bn(11), bn(15))).toBeCloseTo(0.7333, 4);
  });

  it("refuses a target that is not positive", () => {
    expect(() => getShareReached(bn(1), bn(0))).toThrow(RangeError);
  });
});

describe("getGap", () => {
  it("leaves 8.5bn to go from 11.5bn to 20bn", () => {
    expect(getGap(bn("11.5"), bn(20)).toString()).toBe(bn("8.5").toString());
  });

  it("is never negative, even when the target is exceeded", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 1, max: 10 ** 6 }), (reported, target) => {
        const gap = getGap(new Decimal(reported), new Decimal(target));
        expect(gap.gte(0)).toBe(true);
        expect(gap.plus(reported).gte(target)).toBe(true);
      }),
    );
  });
});
