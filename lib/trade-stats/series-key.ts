import type { TradeFlow, TradeFrequency } from "@/lib/generated/prisma/enums";

/**
 * A series of official statistics: what `reporter` reports of its trade with `partner`
 * (exports to it, imports from it, or the turnover), yearly, quarterly or monthly.
 */
export type ReportedSeries = { reporter: string; partner: string; flow: TradeFlow; frequency: TradeFrequency };

const REPORTED_KEY = /^REPORTED-([A-Z]{2})-([A-Z]{2})-(EXPORT|IMPORT|TURNOVER)(?:-(QUARTER|MONTH))?$/;

/**
 * Its id in URLs, beside the stated series' ("BILATERAL-KZ-UZ"): "REPORTED-KZ-UZ-TURNOVER"
 * for Kazakhstan's yearly figure of its turnover with Uzbekistan, "REPORTED-UZ-KZ-EXPORT-MONTH"
 * for Uzbekistan's monthly exports to Kazakhstan.
 */
export function reportedSeriesKey(s: ReportedSeries): string {
  return ["REPORTED", s.reporter, s.partner, s.flow, ...(s.frequency === "YEAR" ? [] : [s.frequency])].join("-");
}

/** The series an id names, or null when it names none (malformed, or a country with itself). */
export function parseReportedSeriesKey(key: string): ReportedSeries | null {
  const match = REPORTED_KEY.exec(key);
  if (!match || match[1] === match[2]) return null;
  return { reporter: match[1]!, partner: match[2]!, flow: match[3] as TradeFlow, frequency: (match[4] ?? "YEAR") as TradeFrequency };
}

/** The pair as trade figures store it, alphabetically: KZ and UZ → ["KZ", "UZ"] whoever reports. */
export function storedPair(s: Pick<ReportedSeries, "reporter" | "partner">): [string, string] {
  return s.reporter < s.partner ? [s.reporter, s.partner] : [s.partner, s.reporter];
}
