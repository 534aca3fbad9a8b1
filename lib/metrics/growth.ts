import { Decimal } from "@/lib/decimal";

function assertYears(years: number): void {
  if (!Number.isFinite(years) || years <= 0) throw new RangeError("A number of years must be positive");
}

/**
 * Average annual growth between two values: (end ÷ start)^(1 ÷ years) − 1.
 *
 * Worked example: intra-regional trade of $11bn (2022, year inferred, S1) and $11.5bn
 * (2024, S4) are two years apart → (11.5 / 11)^(1/2) − 1 = 0.0225, about 2.2% a year.
 */
export function getCompoundAnnualGrowth(start: Decimal, end: Decimal, years: number): number {
  assertYears(years);
  if (start.lte(0) || end.lt(0)) throw new RangeError("Growth needs a positive start and a non-negative end");
  return end.div(start).toNumber() ** (1 / years) - 1;
}

/**
 * Spreads a total growth over its years: (1 + total)^(1 ÷ years) − 1.
 *
 * Worked example: "more than 80% over the last five years" (S1) → 1.8^(1/5) − 1 = 0.1247,
 * more than 12.5% a year on average. A lower bound on the total stays a lower bound.
 */
export function annualiseGrowth(totalGrowth: number, years: number): number {
  assertYears(years);
  if (totalGrowth <= -1) throw new RangeError("A total growth must be above −100%");
  return (1 + totalGrowth) ** (1 / years) - 1;
}

/**
 * The average annual growth that takes the reported value to the target in the given
 * years; 0 when the target is already reached.
 *
 * Worked example: from $11.5bn (2024) to the $20bn target by 2030 (6 years) →
 * (20 / 11.5)^(1/6) − 1 = 0.0966, about 9.7% a year; to $15bn by 2030: 4.5% a year.
 * From "more than $3bn" (2020) to the $10bn UZ–KZ target by 2026: (10 / 3)^(1/6) − 1 =
 * 0.222 — an upper bound, since the start is a lower bound.
 */
export function getRequiredAnnualGrowth(reported: Decimal, target: Decimal, years: number): number {
  assertYears(years);
  if (reported.gte(target)) return 0;
  return getCompoundAnnualGrowth(reported, target, years);
}

/**
 * The same distance as an even yearly increase in USD: (target − reported) ÷ years, never
 * below zero.
 *
 * Worked example: from $11.5bn to $20bn in 6 years → 8.5bn / 6 = $1.42bn a year, against
 * the $0.25bn a year between the two reported figures ((11.5 − 11) / 2).
 */
export function getRequiredAnnualIncrease(reported: Decimal, target: Decimal, years: number): Decimal {
  assertYears(years);
  return Decimal.max(target.minus(reported), new Decimal(0)).div(years);
}

/**
 * Years until the target at a constant annual growth: ln(target ÷ reported) ÷ ln(1 + growth);
 * 0 when it is already reached, Infinity when the growth is not positive.
 *
 * Worked example: at the 2.2% a year between the two reported intra-regional figures,
 * $11.5bn reaches $20bn after ln(20/11.5) / ln(1.0225) = 24.9 years, and $15bn after 12.0.
 * This is arithmetic on two points, not a forecast; the page says so.
 */
export function getYearsToReach(reported: Decimal, target: Decimal, annualGrowth: number): number {
  if (reported.lte(0)) throw new RangeError("A reported value must be positive");
  if (reported.gte(target)) return 0;
  if (!(annualGrowth > 0)) return Infinity;
  return Math.log(target.div(reported).toNumber()) / Math.log(1 + annualGrowth);
}

/**
 * The yearly values of a path growing at a constant rate from the reported value in
 * fromYear to the target in toYear (both ends included). It is what reaching the target
 * would take, not a forecast.
 *
 * Worked example: $11.5bn in 2024 to $20bn in 2030 at 9.66% a year →
 * 2024: 11.5, 2025: 12.61, 2026: 13.83, 2027: 15.17, 2028: 16.63, 2029: 18.24, 2030: 20.
 */
export function getRequiredPath(reported: Decimal, target: Decimal, fromYear: number, toYear: number): { year: number; value: Decimal }[] {
  const years = toYear - fromYear;
  assertYears(years);
  const growth = getRequiredAnnualGrowth(reported, target, years);
  return Array.from({ length: years + 1 }, (_, i) => ({
    year: fromYear + i,
    // The last point is the target itself, not a rounded power.
    value: i === years ? Decimal.max(target, reported) : reported.times(new Decimal(1 + growth).pow(i)),
  }));
}
