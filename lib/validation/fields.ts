import { z } from "zod";

// Building blocks of the workspace's input schemas (forms, actions and CSV import). Each
// error message is a key under "validation" in the message files, with its values in
// the issue's params, so the action can say it in the person's language.

const EARLIEST_DATE = "1991-01-01"; // the region's states became independent in 1991

export const requiredText = (max: number) =>
  z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

/** Empty → null, so an optional text cleared in the form is stored as "not stated". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .optional()
    .transform((value) => value || null);

export const countryCode = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "validation.countryCode" });

export const optionalCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .optional()
  .transform((value) => value || null)
  .pipe(z.string().regex(/^[A-Z]{2}$/, { error: "validation.countryCode" }).nullable());

export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, { error: "validation.unknownRecord" });

export const optionalRecordId = z
  .string()
  .optional()
  .transform((value) => value || null)
  .pipe(recordId.nullable());

/** A calendar date (YYYY-MM-DD) from 1991 up to today at the latest. */
export const pastDate = z
  .string({ error: "validation.required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { error: "validation.date" })
  .refine((value) => value >= EARLIEST_DATE, { error: "validation.dateTooEarly" })
  .refine((value) => value <= new Date().toISOString().slice(0, 10), { error: "validation.dateInFuture" })
  .transform((value) => new Date(`${value}T00:00:00Z`));

export const optionalPastDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(pastDate.optional())
  .transform((value) => value ?? null);

const MAX_USD = 1e11; // $100 bn: more than any joint venture or year of trade in the region

/**
 * US dollars as typed: digits, spaces as thousands separators, "." or "," before at most
 * two decimals. Kept as a string so it reaches the Decimal column exactly.
 */
export const usdAmount = z
  .string({ error: "validation.required" })
  .transform((value) => value.replace(/[\s\u00a0\u202f_]/g, ""))
  .pipe(
    z
      .string()
      .min(1, { error: "validation.required" })
      .regex(/^-?\d+([.,]\d{1,2})?$/, { error: "validation.amount" })
      .transform((value) => value.replace(",", "."))
      .refine((value) => Number(value) > 0, { error: "validation.positive" })
      .refine((value) => Number(value) <= MAX_USD, { error: "validation.tooLarge" }),
  );

export const optionalUsdAmount = z
  .string()
  .optional()
  .transform((value) => value?.replace(/[\s\u00a0\u202f_]/g, "") || undefined)
  .pipe(usdAmount.optional())
  .transform((value) => value ?? null);

export const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

export const version = z.coerce.number({ error: "validation.required" }).int().min(1);

export const url = z
  .string()
  .trim()
  .max(2000, { error: "validation.tooLong" })
  .optional()
  .transform((value) => value || null)
  .pipe(z.url({ protocol: /^https?$/, error: "validation.url" }).nullable());

/**
 * A form's entries as a nested object: "partners.0.companyName" becomes
 * { partners: [{ companyName }] }. Files and the framework's own "$ACTION" fields are left out.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$")) continue;
    const path = name.split(".");
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((segment, index) => {
      const key = /^\d+$/.test(segment) ? Number(segment) : segment;
      if (key === "__proto__" || key === "constructor" || key === "prototype") return;
      const last = index === path.length - 1;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[key] = value;
      } else {
        container[key] ??= /^\d+$/.test(path[index + 1] ?? "") ? [] : {};
        node = container[key] as Record<string, unknown>;
      }
    });
  }
  return compactArrays(root) as Record<string, unknown>;
}

// Removed rows leave holes ("partners.0", "partners.2"); the schema sees a dense list.
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compactArrays);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  return value;
}

export type FieldError = { key: string; values?: Record<string, string | number> };
export type FieldErrors = Record<string, FieldError>;

/** The first error of each field, keyed by its dotted path ("partners.0.countryCode"). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    if (errors[path]) continue;
    errors[path] = describeIssue(issue);
  }
  return errors;
}

function describeIssue(issue: z.core.$ZodIssue): FieldError {
  if (issue.message.startsWith("validation.")) {
    const values: FieldError["values"] = issue.code === "too_big" ? { max: Number(issue.maximum) } : issue.code === "too_small" ? { min: Number(issue.minimum) } : undefined;
    return { key: issue.message, values };
  }
  switch (issue.code) {
    case "invalid_value":
      return { key: "validation.unknownOption" };
    case "too_small":
      return issue.origin === "array" ? { key: "validation.atLeast", values: { min: Number(issue.minimum) } } : { key: "validation.required" };
    case "too_big":
      return issue.origin === "array" ? { key: "validation.atMost", values: { max: Number(issue.maximum) } } : { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
    case "invalid_type":
      return { key: issue.input === undefined ? "validation.required" : "validation.invalid" };
    default:
      return { key: "validation.invalid" };
  }
}
