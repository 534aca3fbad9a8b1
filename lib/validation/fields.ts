import { z } from "zod";
import { isoDay } from "@/lib/format";
import { readNumber } from "@/lib/trade-stats/number";

// Building blocks of the workspace's input schemas (forms, actions and CSV import). Each
// error message is a key under "validation" in the message files, with its values in
// the issue's params, so the action can say it in the person's language.

const EARLIEST_DATE = "1991-01-01"; // the region's states became independent in 1991

// C0 control characters other than tab and line breaks, and DEL: no one types them, pasted
// ones garble the text, and PostgreSQL refuses NUL in text outright.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Whether a text holds a control character that no input of the portal accepts. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/**
 * The first parameter of a query string ("?q=…") whose name or value holds a control
 * character, named without it, or null when there is none. Such a character reaches a URL
 * only percent-encoded, so most queries are passed over by a glance at the raw text.
 */
export function parameterWithControlCharacters(query: string): string | null {
  if (!/%(?:[01][0-9a-f]|7f)/i.test(query)) return null;
  for (const [name, value] of new URLSearchParams(query)) {
    if (hasControlCharacters(name) || hasControlCharacters(value)) return name.replace(new RegExp(CONTROL_CHARACTERS, "g"), "");
  }
  return null;
}

const noControlCharacters = [(value: string) => !hasControlCharacters(value), { error: "validation.controlCharacters" }] as const;

export const requiredText = (max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(max, { error: "validation.tooLong" })
    .refine(...noControlCharacters);

/** Empty → null, so an optional text cleared in the form is stored as "not stated". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .refine(...noControlCharacters)
    .optional()
    .transform((value) => value || null);

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: "validation.countryCode" });

export const optionalCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .optional()
  .transform((value) => value || null)
  .pipe(
    z
      .string()
      .regex(/^[A-Z]{2}$/, { error: "validation.countryCode" })
      .nullable(),
  );

/**
 * What a record id or an event slug may look like (cuid()s, the seed's and the import's ids):
 * anything else, from a form, a file or a URL, cannot name a record and never reaches the database.
 */
export const RECORD_ID = /^[A-Za-z0-9_-]{1,100}$/;

export const recordId = z.string().regex(RECORD_ID, { error: "validation.unknownRecord" });

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
  .refine((value) => value <= isoDay(new Date()), { error: "validation.dateInFuture" })
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
 * US dollars as typed, read as statistics files are (lib/trade-stats/number.ts): spaces,
 * commas or dots grouping thousands ("25 000 000", "1,200,000,000", "1.200.000,50"), a
 * decimal comma or point before at most two decimals. "1,234" could be either, and is
 * refused as ambiguous rather than guessed. Kept as a string so it reaches the Decimal
 * column exactly.
 */
export const usdAmount = z
  .string({ error: "validation.required" })
  .transform((value, ctx) => {
    if (value.trim() === "") return (ctx.addIssue({ code: "custom", message: "validation.required" }), z.NEVER);
    const number = readNumber(value.replace(/_/g, ""));
    if (number.ok) return number.value;
    return (ctx.addIssue({ code: "custom", message: number.reason === "ambiguousNumber" ? "validation.ambiguousAmount" : "validation.amount" }), z.NEVER);
  })
  .pipe(
    z
      .string()
      .regex(/^-?\d+(\.\d{1,2})?$/, { error: "validation.amount" })
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
 * What a workspace form may hold. Far more than any form of the portal sends (a venture
 * with every partner and citation row is under 200 fields), and little enough that a form
 * outside them is refused before any work: a field named "x.4294967294" once made the
 * parser build a 4-billion-slot array and stalled the server for minutes.
 */
export const FORM_LIMITS = { fields: 1000, depth: 4, index: 999, chars: 1_000_000 } as const;

/** Why a form's fields fall outside FORM_LIMITS, or null when they fit. */
export function formShapeProblem(entries: Iterable<[string, unknown]>): string | null {
  let fields = 0;
  let chars = 0;
  for (const [name, value] of entries) {
    fields += 1;
    chars += name.length + (typeof value === "string" ? value.length : 0);
    if (fields > FORM_LIMITS.fields) return `more than ${FORM_LIMITS.fields} fields`;
    if (chars > FORM_LIMITS.chars) return `more than ${FORM_LIMITS.chars} characters`;
    const path = name.split(".");
    if (path.length > FORM_LIMITS.depth) return `a field nested deeper than ${FORM_LIMITS.depth} levels`;
    if (path.some((segment) => /^\d+$/.test(segment) && (segment.length > 3 || Number(segment) > FORM_LIMITS.index))) {
      return `a list position above ${FORM_LIMITS.index}`;
    }
  }
  return null;
}

/** A form no page of the portal sends (see FORM_LIMITS): refused whole, nothing read further. */
export class UnreadableFormError extends Error {}

type FormTree = Map<string, FormTree | string>;

/**
 * A form's entries as a nested object: "partners.0.companyName" becomes
 * { partners: [{ companyName }] }. Files and the framework's own "$ACTION" fields are left out.
 * Throws UnreadableFormError for a form outside FORM_LIMITS or with a name that is both a
 * value and a group ("a" and "a.b").
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const entries = [...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$"));
  const problem = formShapeProblem(entries);
  if (problem) throw new UnreadableFormError(problem);
  const root: FormTree = new Map();
  for (const [name, value] of entries) {
    const path = name.split(".");
    const leaf = path.pop()!;
    let node = root;
    for (const segment of path) {
      const child = node.get(segment) ?? new Map();
      if (typeof child === "string") throw new UnreadableFormError(`"${name}" is both a value and a group`);
      node.set(segment, child);
      node = child;
    }
    if (node.get(leaf) instanceof Map) throw new UnreadableFormError(`"${name}" is both a value and a group`);
    node.set(leaf, value);
  }
  return toValue(root) as Record<string, unknown>;
}

/**
 * A group whose names are all list positions becomes a dense list in position order:
 * removed rows leave holes ("partners.0", "partners.2") and the schema sees a list without them.
 */
function toValue(node: FormTree | string): unknown {
  if (typeof node === "string") return node;
  const keys = [...node.keys()];
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((key) => toValue(node.get(key)!));
  }
  return Object.fromEntries(keys.filter((key) => !UNSAFE_KEYS.has(key)).map((key) => [key, toValue(node.get(key)!)]));
}

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

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
    const values: FieldError["values"] =
      issue.code === "too_big" ? { max: Number(issue.maximum) } : issue.code === "too_small" ? { min: Number(issue.minimum) } : undefined;
    return { key: issue.message, values };
  }
  switch (issue.code) {
    case "invalid_value":
      return { key: "validation.unknownOption" };
    case "too_small":
      return issue.origin === "array" ? { key: "validation.atLeast", values: { min: Number(issue.minimum) } } : { key: "validation.required" };
    case "too_big":
      return issue.origin === "array"
        ? { key: "validation.atMost", values: { max: Number(issue.maximum) } }
        : { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
    case "invalid_type":
      return { key: issue.input === undefined ? "validation.required" : "validation.invalid" };
    default:
      return { key: "validation.invalid" };
  }
}
