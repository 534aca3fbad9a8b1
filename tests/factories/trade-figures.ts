import { createHash, randomUUID } from "node:crypto";
import { isoDay } from "@/lib/format";

/** Country pairs the seed gives no figure for, so a test's figures never meet a seeded one. */
export const UNSEEDED_PAIRS = [
  ["KG", "TJ"],
  ["KG", "TM"],
  ["KG", "UZ"],
  ["TJ", "TM"],
  ["TJ", "UZ"],
  ["TM", "UZ"],
  ["KG", "KZ"],
  ["KZ", "TJ"],
  ["KZ", "TM"],
] as const;

/**
 * A period and country pair no other test uses (tests share one seeded database, and two
 * figures of the same pair and period are a likely duplicate): one week between 1995 and 2019.
 */
export function uniqueSeries() {
  const n = createHash("sha256").update(randomUUID()).digest().readUInt32BE(0);
  const [a, b]: [string, string] = [...UNSEEDED_PAIRS[n % UNSEEDED_PAIRS.length]!];
  const day = Math.floor(n / UNSEEDED_PAIRS.length) % 9000; // a week starting on one of 9,000 days from 1995
  const start = new Date(Date.UTC(1995, 0, 1 + day));
  const end = new Date(start.getTime() + 6 * 86_400_000);
  return { countryACode: a, countryBCode: b, periodStart: isoDay(start), periodEnd: isoDay(end) };
}

/** A valid bilateral trade figure as the form submits it (strings, checkboxes "on" or absent). */
export function tradeFigureFormInput(overrides: Record<string, unknown> = {}) {
  return {
    scope: "BILATERAL",
    ...uniqueSeries(),
    valueUsd: "250000000",
    growthPercent: "",
    growthOverYears: "",
    noteRu: "",
    noteEn: "",
    citations: [{ sourceId: "src-s2", quote: "" }],
    ...overrides,
  };
}
