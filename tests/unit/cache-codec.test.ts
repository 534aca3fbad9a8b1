import { describe, expect, it, vi } from "vitest";
import { Decimal } from "@/lib/decimal";

// next/cache needs a running Next server; the codec does not.
vi.mock("next/cache", () => ({ unstable_cache: vi.fn(), revalidateTag: vi.fn() }));
const { decodeFromCache, encodeForCache } = await import("@/lib/cache");

describe("cache codec", () => {
  it("brings back a trade figure's Decimal and Date through JSON unchanged", () => {
    const figure = {
      valueUsd: new Decimal("11500000000"),
      growthPercent: null,
      periodStart: new Date("2024-01-01T00:00:00Z"),
      citations: [{ source: { publishedOn: new Date("2025-11-16T00:00:00Z"), titleEn: "KAZAKHSTAN TODAY" } }],
    };
    const back = decodeFromCache(JSON.parse(JSON.stringify(encodeForCache(figure)))) as typeof figure;
    expect(Decimal.isDecimal(back.valueUsd)).toBe(true);
    expect(back.valueUsd.toString()).toBe("11500000000");
    expect(back.periodStart).toBeInstanceOf(Date);
    expect(back.periodStart.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(back.citations[0]!.source.publishedOn.getTime()).toBe(Date.UTC(2025, 10, 16));
    expect(back.growthPercent).toBeNull();
  });

  it("keeps the exact digits of money, which a float would lose", () => {
    const value = new Decimal("1234567890123456.78");
    const back = decodeFromCache(JSON.parse(JSON.stringify(encodeForCache({ value })))) as { value: Decimal };
    expect(back.value.toFixed(2)).toBe("1234567890123456.78");
  });
});
