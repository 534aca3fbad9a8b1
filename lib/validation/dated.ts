import { z } from "zod";
import { DatePrecision } from "@/lib/generated/prisma/enums";
import { isoDay } from "@/lib/format";

// Dates to the precision the source gives (issue 18): "14 September 2023", "November 2021",
// "2021". A form sends the date as typed ("2021-11-14", "2021-11", "2021") and, in a field
// beside it, its precision; a date of MONTH precision is stored as the first day of the month,
// of YEAR precision as 1 January, and the precision tells the pages how much of it to show.

const EARLIEST_DATE = "1991-01-01"; // the region's states became independent in 1991

export type DateReading = { ok: true; date: Date } | { ok: false; error: string };

/** What each precision asks to be typed, when the text gives less or cannot be read. */
const FORMAT_ERRORS: Record<DatePrecision, string> = { DAY: "validation.date", MONTH: "validation.monthDate", YEAR: "validation.yearDate" };

/**
 * A date typed to a precision: "2021-11-14", "2021-11" or "2021" (ISO order, as the date and
 * month inputs send it). More than the precision asks for is cut to it ("2021-11-14" at MONTH
 * precision is 1 November 2021); less is refused ("2021-11" at DAY precision lacks the day),
 * as are impossible dates ("2021-13", "2021-02-30"), dates before 1991 and dates after today.
 */
export function readDateWithPrecision(text: string, precision: DatePrecision, today: Date = new Date()): DateReading {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text.trim());
  if (!match) return { ok: false, error: FORMAT_ERRORS[precision] };
  const [, yearText, monthText, dayText] = match;
  if (precision !== "YEAR" && monthText === undefined) return { ok: false, error: "validation.dateNeedsMonth" };
  if (precision === "DAY" && dayText === undefined) return { ok: false, error: "validation.dateNeedsDay" };
  const [year, month, day] = [Number(yearText), Number(monthText ?? 1), Number(dayText ?? 1)];
  // Checked as typed, even where the precision drops the part: "2021-13" is no month of 2021.
  const typed = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || typed.getUTCMonth() !== month - 1 || typed.getUTCDate() !== day) {
    return { ok: false, error: FORMAT_ERRORS[precision] };
  }
  const date = new Date(Date.UTC(year, precision === "YEAR" ? 0 : month - 1, precision === "DAY" ? day : 1));
  if (isoDay(date) < EARLIEST_DATE) return { ok: false, error: "validation.dateTooEarly" };
  if (date > today) return { ok: false, error: "validation.dateInFuture" };
  return { ok: true, date };
}

/** A stored date as its form field holds it at its precision: "2021-11-14", "2021-11", "2021". */
export function dateText(date: Date, precision: DatePrecision): string;
export function dateText(date: Date | null, precision: DatePrecision): string | null;
export function dateText(date: Date | null, precision: DatePrecision): string | null {
  if (!date) return null;
  return isoDay(date).slice(0, precision === "YEAR" ? 4 : precision === "MONTH" ? 7 : 10);
}

/** A precision field: DAY when the form or file leaves it out, as the column's default. */
export const datePrecision = z.preprocess(
  (value) => (value === undefined || value === "" ? DatePrecision.DAY : value),
  z.enum(DatePrecision, { error: "validation.unknownOption" }),
);

/**
 * A date field and the precision it is read to: what `withDatePrecision` hands the date's
 * schema. A plain string (a schema used without the pairing) is read to the day.
 */
const typedDate = z.union([z.string(), z.object({ text: z.string(), precision: z.unknown() })]).transform((value) => {
  if (typeof value === "string") return { text: value.trim(), precision: DatePrecision.DAY };
  const precision = z.enum(DatePrecision).safeParse(value.precision);
  // An unknown precision is refused on its own field; the date is read to the day meanwhile.
  return { text: value.text.trim(), precision: precision.success ? precision.data : DatePrecision.DAY };
});

const toDate = ({ text, precision }: { text: string; precision: DatePrecision }, ctx: z.core.$RefinementCtx) => {
  const reading = readDateWithPrecision(text, precision);
  return reading.ok ? reading.date : (ctx.addIssue({ code: "custom", message: reading.error }), z.NEVER);
};

/** A date that must be given, to its precision (see `withDatePrecision`). */
export const datedOn = z
  .unknown()
  .optional() // a form may leave the field out
  .transform((value) => (value === undefined || value === null ? "" : value))
  .pipe(typedDate)
  .transform((value, ctx) => (value.text === "" ? (ctx.addIssue({ code: "custom", message: "validation.required" }), z.NEVER) : toDate(value, ctx)));

/** A date that may be left empty (stored as not stated), to its precision. */
export const optionalDatedOn = z
  .unknown()
  .optional() // a form may leave the field out
  .transform((value) => (value === undefined || value === null ? "" : value))
  .pipe(typedDate)
  .transform((value, ctx): Date | null => (value.text === "" ? null : toDate(value, ctx)));

/**
 * Reads each date field of an input to the precision chosen beside it
 * (`{ establishedOn: "establishedPrecision" }`; events' start and end share one precision).
 * The pairing happens before the schema runs, so a date's problem is reported on its own
 * field together with every other field's, and the precision stays a field of its own that
 * a merge of two saves treats like any other.
 */
export function withDatePrecision<S extends z.ZodType>(pairs: Record<string, string>, schema: S) {
  // Typed as the schema's input, so the pair can stand wherever the schema stood (in a pipe).
  return z.preprocess<unknown, S, z.input<S>>((input: unknown) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
    const values: Record<string, unknown> = { ...input };
    for (const [date, precision] of Object.entries(pairs)) {
      if (typeof values[date] === "string") values[date] = { text: values[date], precision: values[precision] ?? DatePrecision.DAY };
    }
    return values;
  }, schema);
}
