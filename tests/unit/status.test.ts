import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { getProgressStatus } from "@/lib/metrics/status";
import { checkBaseline } from "@/lib/metrics/baseline";
import { Decimal } from "@/lib/decimal";

describe("getProgressStatus", () => {
  it("calls 2.25% achieved against 9.66% required limited progress", () => {
    expect(getProgressStatus({ reached: false, achievedGrowth: 0.0225, requiredGrowth: 0.0966 })).toBe("LIMITED_PROGRESS");
  });

  it("applies the 95% and 60% thresholds", () => {
    expect(getProgressStatus({ reached: false, achievedGrowth: 0.095, requiredGrowth: 0.1 })).toBe("ON_TRACK");
    expect(getProgressStatus({ reached: false, achievedGrowth: 0.094, requiredGrowth: 0.1 })).toBe("NEEDS_ACCELERATION");
    expect(getProgressStatus({ reached: false, achievedGrowth: 0.06, requiredGrowth: 0.1 })).toBe("NEEDS_ACCELERATION");
    expect(getProgressStatus({ reached: false, achievedGrowth: 0.059, requiredGrowth: 0.1 })).toBe("LIMITED_PROGRESS");
    expect(getProgressStatus({ reached: false, achievedGrowth: 0, requiredGrowth: 0.1 })).toBe("LIMITED_PROGRESS");
    expect(getProgressStatus({ reached: false, achievedGrowth: -0.01, requiredGrowth: 0.1 })).toBe("MOVING_AWAY");
  });

  it("does not guess without an achieved growth", () => {
    expect(getProgressStatus({ reached: false, achievedGrowth: null, requiredGrowth: 0.22 })).toBe("UNKNOWN");
  });

  it("calls any met target achieved, whatever the growth", () => {
    fc.assert(
      fc.property(fc.option(fc.double({ noNaN: true })), fc.option(fc.double({ noNaN: true })), (achieved, required) => {
        expect(getProgressStatus({ reached: true, achievedGrowth: achieved, requiredGrowth: required })).toBe("ACHIEVED");
      }),
    );
  });

  it("moves away exactly when growth is negative and a target remains", () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (achieved, required) => {
        const status = getProgressStatus({ reached: false, achievedGrowth: achieved, requiredGrowth: required });
        expect(status === "MOVING_AWAY").toBe(achieved < 0);
      }),
    );
  });
});

describe("checkBaseline", () => {
  const bn = (n: number) => new Decimal(n).times(1e9);

  it("finds the $11bn baseline of the $15bn target in the 2022 figure", () => {
    expect(checkBaseline({ valueUsd: bn(11), isLowerBound: false, year: 2022 }, [{ id: "tf-ca-2022", valueUsd: bn(11) }])).toEqual({
      kind: "agrees",
      year: 2022,
    });
  });

  it("names a figure that disagrees", () => {
    const check = checkBaseline({ valueUsd: bn(11), isLowerBound: false, year: 2022 }, [{ id: "other", valueUsd: bn(10) }]);
    expect(check).toMatchObject({ kind: "differs", figures: [{ id: "other" }] });
  });

  it("lets a lower-bound baseline agree with any figure at or above it", () => {
    expect(checkBaseline({ valueUsd: bn(3), isLowerBound: true, year: 2020 }, [{ id: "a", valueUsd: bn(3) }]).kind).toBe("agrees");
    expect(checkBaseline({ valueUsd: bn(3), isLowerBound: true, year: 2020 }, [{ id: "b", valueUsd: bn(2) }]).kind).toBe("differs");
    expect(checkBaseline({ valueUsd: bn(3), isLowerBound: true, year: 2020 }, []).kind).toBe("noFigure");
  });
});
