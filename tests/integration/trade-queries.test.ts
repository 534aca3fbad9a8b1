import { describe, expect, it } from "vitest";
import { getTarget, listTargets, targetSeries } from "@/lib/queries/targets";
import { groupIntoSeries, listTradeFigures, seriesKey } from "@/lib/queries/trade";
import { getTargetProgress } from "@/lib/metrics/target-progress";

// Reads the database the global setup migrated and seeded (lib/db.ts uses DATABASE_URL).
describe("trade queries", () => {
  it("groups the five seeded figures into three series, intra-regional first", async () => {
    const figures = await listTradeFigures();
    expect(figures.total).toBe(5);
    const series = groupIntoSeries(figures.items);
    expect(series.map((s) => [s.key, s.figures.length])).toEqual([
      ["INTRA_REGIONAL", 2],
      ["BILATERAL-KZ-UZ", 2],
      ["PARTNER_REGION-AZ", 1],
    ]);
    expect(series[0]!.figures.map((f) => f.valueUsd?.toString())).toEqual(["11000000000", "11500000000"]);
  });

  it("reads one series and cites every figure", async () => {
    const { items } = await listTradeFigures({ series: { scope: "BILATERAL", countryACode: "KZ", countryBCode: "UZ" } });
    expect(items.map((f) => f.periodEnd.toISOString().slice(0, 10))).toEqual(["2020-12-31", "2021-10-31"]);
    expect(items.every((f) => f.citations.length > 0)).toBe(true);
  });

  it("gives the $20bn target with its restatement at the trade ministers' council", async () => {
    const target = await getTarget("tgt-ca-20bn");
    expect(target?.valueUsd.toString()).toBe("20000000000");
    expect(target?.restatements.map((r) => r.event?.slug)).toEqual(["ca-az-trade-ministers-council-2025"]);
    expect(await getTarget("no-such-target")).toBeNull();
  });

  it("measures each target against its own series", async () => {
    const [{ items: targets }, figures] = await Promise.all([listTargets(), listTradeFigures()]);
    const series = groupIntoSeries(figures.items);
    const progress = Object.fromEntries(targets.map((t) => [t.id, getTargetProgress(t, series.find((s) => s.key === seriesKey(t))?.figures ?? [])]));
    expect(targets.map((t) => t.id)).toEqual(["tgt-ca-15bn", "tgt-ca-20bn", "tgt-kz-uz-10bn"]);
    expect(progress["tgt-ca-20bn"]!.outlook).toMatchObject({ share: 0.575, status: "LIMITED_PROGRESS", years: 6 });
    expect(progress["tgt-ca-15bn"]!.outlook?.share).toBeCloseTo(0.7667, 4);
    expect(progress["tgt-kz-uz-10bn"]!.outlook).toMatchObject({ share: 0.3, bounded: true, status: "UNKNOWN" });
    expect(progress["tgt-kz-uz-10bn"]!.shape.partial).toHaveLength(1);
    expect(targetSeries(targets[2]!)).toEqual({ scope: "BILATERAL", countryACode: "KZ", countryBCode: "UZ" });
  });
});
