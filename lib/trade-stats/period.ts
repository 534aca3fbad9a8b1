import type { TradeFrequency } from "@/lib/generated/prisma/enums";

// Periods of official statistics: a calendar year, quarter or month, in UTC dates as the
// database stores them (@db.Date).

export type Period = { frequency: TradeFrequency; periodStart: Date; periodEnd: Date };

const MONTHS: Record<TradeFrequency, number> = { YEAR: 12, QUARTER: 3, MONTH: 1 };

/** The period of `year`'s `part`: a quarter 1–4, a month 1–12, ignored for a year. */
export function periodOf(frequency: TradeFrequency, year: number, part = 1): Period {
  const months = MONTHS[frequency];
  const firstMonth = frequency === "YEAR" ? 0 : (part - 1) * months;
  return { frequency, periodStart: new Date(Date.UTC(year, firstMonth, 1)), periodEnd: new Date(Date.UTC(year, firstMonth + months, 0)) };
}

/** YEAR, QUARTER or MONTH when the span is exactly one of them; null for any other span. */
export function periodFrequency(periodStart: Date, periodEnd: Date): TradeFrequency | null {
  if (periodStart.getUTCDate() !== 1) return null;
  const month = periodStart.getUTCMonth();
  for (const frequency of ["YEAR", "QUARTER", "MONTH"] as const) {
    if (frequency === "YEAR" && month !== 0) continue;
    if (frequency === "QUARTER" && month % 3 !== 0) continue;
    const expected = new Date(Date.UTC(periodStart.getUTCFullYear(), month + MONTHS[frequency], 0));
    if (expected.getTime() === periodEnd.getTime()) return frequency;
  }
  return null;
}

/**
 * A period as statistics tables write it: "2023" (a year), "2023-Q2", "2023Q2" (a quarter),
 * "2023-04", "202304" (a month, as in UN Comtrade's `period`). Null when it is none of these.
 */
export function parsePeriod(text: string): Period | null {
  const value = text.trim();
  let match = /^(\d{4})$/.exec(value);
  if (match) return periodOf("YEAR", Number(match[1]));
  match = /^(\d{4})-?Q([1-4])$/i.exec(value);
  if (match) return periodOf("QUARTER", Number(match[1]), Number(match[2]));
  match = /^(\d{4})-?(0[1-9]|1[0-2])$/.exec(value);
  if (match) return periodOf("MONTH", Number(match[1]), Number(match[2]));
  return null;
}
