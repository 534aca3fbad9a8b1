import { writeHeapSnapshot } from "node:v8";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { summariseHeap } from "@/scripts/heap-summary";

class BenchHeapProbe {
  constructor(readonly payload: number[]) {}
}

describe("the bench's heap summary", () => {
  it("finds what a process holds, by constructor, in a real snapshot", () => {
    const held = Array.from({ length: 5000 }, (_, i) => new BenchHeapProbe([i]));
    const dir = mkdtempSync(path.join(os.tmpdir(), "heap-"));
    try {
      const file = writeHeapSnapshot(path.join(dir, "probe.heapsnapshot"));
      const { total, groups } = summariseHeap(JSON.parse(readFileSync(file, "utf8")));
      const probes = groups.find((g) => g.kind === "object" && g.name === "BenchHeapProbe");
      expect(probes?.count).toBe(held.length);
      expect(total).toBeGreaterThan(probes!.bytes);
      expect(groups[0]!.bytes).toBeGreaterThanOrEqual(groups[1]!.bytes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
