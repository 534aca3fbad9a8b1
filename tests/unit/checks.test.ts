import { describe, expect, it } from "vitest";
import { checkDueBefore, isCheckDue, lastLooked } from "@/lib/metrics/checks";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("last changed and last checked", () => {
  it("keeps a check that found no change apart from the last change", () => {
    const proposed = { kind: "CHANGE", changedOn: day("2025-11-16") } as const;
    const checked = { kind: "CHECK", changedOn: day("2026-06-03") } as const;
    expect(lastLooked([proposed, checked])).toEqual({ lastChanged: proposed, lastChecked: checked });
    // Of entries of one day, the later recorded (listed later) is the newest.
    const changedSameDay = { kind: "CHANGE", changedOn: day("2026-06-03") } as const;
    expect(lastLooked([proposed, checked, changedSameDay])).toEqual({ lastChanged: changedSameDay, lastChecked: changedSameDay });
    expect(lastLooked([])).toEqual({ lastChanged: null, lastChecked: null });
  });

  it("makes an initiative due six calendar months after it was last looked at, or when never", () => {
    expect(checkDueBefore(day("2026-12-04"))).toEqual(day("2026-06-04"));
    expect(isCheckDue(day("2025-11-16"), day("2026-12-04"))).toBe(true);
    expect(isCheckDue(day("2026-06-04"), day("2026-12-04"))).toBe(false);
    expect(isCheckDue(day("2026-06-03"), day("2026-12-04"))).toBe(true);
    expect(isCheckDue(null, day("2026-12-04"))).toBe(true);
  });
});
