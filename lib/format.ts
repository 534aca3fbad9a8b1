import type { Decimal } from "@/lib/decimal";
import type { Locale } from "@/lib/i18n/routing";
import type { DatePrecision } from "@/lib/generated/prisma/enums";

const SCALES = [
  { size: 1e9, en: "bn", ru: "млрд" },
  { size: 1e6, en: "m", ru: "млн" },
] as const;

/**
 * "$11.5 bn" in English, "11,5 млрд $" in Russian: the convention of each language's
 * statistical press. Amounts under a million are written in full.
 */
export function formatUsd(value: Decimal, locale: Locale): string {
  const amount = value.toNumber();
  const scale = SCALES.find((s) => Math.abs(amount) >= s.size);
  if (!scale) {
    return new Intl.NumberFormat(locale, { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(amount);
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount / scale.size);
  return locale === "ru" ? `${number} ${scale.ru} $` : `$${number} ${scale.en}`;
}

/** A difference as a share, signed: 0.086 → "+8.6%", −0.05 → "-5%", 0 → "0%". */
export function formatPercentChange(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(ratio);
}

/** 0.575 → "57.5%" / "57,5 %". */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}

/**
 * The UTC calendar day of a date as ISO 8601 writes it, "2023-09-14": for form fields, CSV
 * cells, <time dateTime> and SQL date parameters. A missing date stays null.
 */
export function isoDay(date: Date): string;
export function isoDay(date: Date | null | undefined): string | null;
export function isoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** A plain number in the language's digits: 36.5 / 36,5. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A calendar date stored as @db.Date (midnight UTC): "September 14, 2023" / "14 сентября 2023 г.". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** The same, abbreviated for a table's column: "Sep 14, 2023" / "14 сент. 2023 г.". */
export function formatShortDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/**
 * "5–6 December 2021" / "5–6 декабря 2021 г."; a single date when there is no end. Dates known
 * only to a month or a year: "November 2021", "November 2021 – January 2022".
 */
export function formatDateRange(start: Date, end: Date | null, locale: Locale, precision: DatePrecision = "DAY"): string {
  if (precision !== "DAY") {
    const [from, to] = [formatDateWithPrecision(start, precision, locale), end && formatDateWithPrecision(end, precision, locale)];
    return to && to !== from ? `${from} – ${to}` : from;
  }
  if (!end || end.getTime() === start.getTime()) return formatDate(start, locale);
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).formatRange(start, end);
}

const isFirstOfMonth = (d: Date) => d.getUTCDate() === 1;
const isLastOfMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate() === d.getUTCDate();

/**
 * The period a figure covers, as precisely as it was reported: "2024" for a calendar
 * year, "January – October 2021" for whole months, day-exact otherwise.
 */
export function formatPeriod(start: Date, end: Date, locale: Locale): string {
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  if (sameYear && start.getUTCMonth() === 0 && isFirstOfMonth(start) && end.getUTCMonth() === 11 && end.getUTCDate() === 31) {
    return String(start.getUTCFullYear());
  }
  if (sameYear && isFirstOfMonth(start) && isLastOfMonth(end)) {
    // "январь–октябрь 2021", not ICU's "январь 2021 г. – октябрь 2021 г."
    const month = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
    const months = start.getUTCMonth() === end.getUTCMonth() ? month.format(start) : `${month.format(start)}–${month.format(end)}`;
    return `${months} ${start.getUTCFullYear()}`;
  }
  return formatDateRange(start, end, locale);
}

/** A date known to a day, a month or a year: "14 September 2023", "November 2021", "2021". */
export function formatDateWithPrecision(date: Date, precision: DatePrecision, locale: Locale): string {
  if (precision === "YEAR") return String(date.getUTCFullYear());
  if (precision === "MONTH") {
    // "ноябрь 2021 г." reads as a form label; the standalone month is what the press writes.
    const month = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(date);
    return `${month} ${date.getUTCFullYear()}`;
  }
  return formatDate(date, locale);
}

/** A moment (a row's updatedAt) with its time: "22 November 2026, 07:10 UTC". */
export function formatTimestamp(date: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    hourCycle: "h23",
  }).format(date);
  return `${text} UTC`;
}

/** A moment in a table or a staff notice, in UTC: "Nov 22, 2026, 7:10 AM" / "22 нояб. 2026 г., 07:10". */
export function formatShortTimestamp(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date);
}

/** A moment to the second, for the audit log: "Nov 22, 2026, 7:10:05 AM UTC" / "22 нояб. 2026 г., 07:10:05 UTC". */
export function formatTimestampWithSeconds(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" }).format(date);
}
