import { describe, expect, it } from "vitest";
import { buildPreviewModel, chartScale, previewText } from "@/lib/charts/preview";
import type { ChartRow } from "@/lib/charts/chart-row";

const row = (key: string, value: number | null, extra: Partial<ChartRow> = {}): ChartRow => ({ key, label: key, value, description: key, ...extra });

describe("the preview image's chart model", () => {
  it("puts the value axis where the interactive chart does: intra-regional trade with the $20 bn target", () => {
    expect(chartScale([row("2022", 11), row("2023", null), row("2024", 11.5)], [{ value: 15 }, { value: 20 }])).toEqual({
      top: 25,
      step: 5,
      ticks: [0, 5, 10, 15, 20, 25],
    });
  });

  it("draws a bar per figure, a gap for a silent year and each target as a line at its height", () => {
    const model = buildPreviewModel(
      [row("2022", 11), row("2023", null), row("2024", 11.5, { inferred: true })],
      [{ value: 20, label: "Target $20 bn, set 2025" }],
      { width: 900, height: 250 },
      (r) => `$${r.value} bn`,
    );
    expect(model.bars.map((b) => [b.label, b.valueText, Math.round(b.height)])).toEqual([
      ["2022", "$11 bn", 110],
      ["2023", "", 0],
      ["2024", "$11.5 bn", 115],
    ]);
    // 20 of 25 bn: a fifth of the plot's height from its top.
    expect(model.targets).toEqual([{ label: "Target $20 bn, set 2025", y: 50 }]);
    expect(model.bars[2]!.inferred).toBe(true);
    // Each bar is centred in its year's third of the width.
    expect(model.bars.map((b) => b.x + b.width / 2)).toEqual([150, 450, 750]);
  });

  it("hatches a lower bound and part of a year, and draws a target's path through its years", () => {
    const model = buildPreviewModel(
      [row("2020", 3, { lowerBound: true }), row("Jan–Oct 2021", 4, { partial: true, path: 4 }), row("2022", null, { path: 5 })],
      [{ value: 10, label: "t" }],
      { width: 300, height: 100 },
      () => "",
    );
    expect(model.bars.map((b) => b.hatched)).toEqual([true, true, false]);
    expect(model.path.map((p) => p.x)).toEqual([150, 250]);
  });

  it("keeps only characters the bundled font draws, so the renderer never fetches a font", () => {
    expect(previewText("11,5\u202Fмлрд $ · 2024 – «цель» әғқ")).toBe("11,5 млрд $ · 2024 – «цель» әғқ");
    expect(previewText("₸ 5 ✓")).toBe("? 5 ?");
  });
});
