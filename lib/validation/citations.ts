import { z } from "zod";
import { optionalRecordId, optionalText, recordId, requiredText, url } from "@/lib/validation/fields";
import { datePrecision, optionalDatedOn, withDatePrecision } from "@/lib/validation/dated";

/** A source a person adds while entering a record: title, publisher, date and address. */
export const newSourceSchema = withDatePrecision(
  { publishedOn: "publishedPrecision" },
  z.object({
    title: requiredText(500),
    publisher: optionalText(200),
    publishedOn: optionalDatedOn,
    publishedPrecision: datePrecision,
    url,
    language: z.enum(["ru", "en", "kk", "uz", "ky", "tg", "tk", "az", "other"], { error: "validation.unknownOption" }).default("ru"),
  }),
);

const citationRow = z
  .object({
    id: optionalRecordId, // an existing citation of this record; empty for a new one
    sourceId: recordId,
    quote: optionalText(5000),
    quoteEn: optionalText(5000), // the portal's English translation of the quote
  })
  .refine((row) => !row.quoteEn || row.quote, { error: "validation.translationWithoutQuote", path: ["quoteEn"] });

/**
 * The sources behind a record: existing sources (each with an optional quoted passage)
 * and at most one new source; at least one of the two.
 */
export const citationsSchema = {
  citations: z
    .array(z.object({ id: z.string().optional(), sourceId: z.string().optional(), quote: z.string().optional(), quoteEn: z.string().optional() }))
    .max(20, { error: "validation.atMost" })
    .default([])
    // Rows left on "no source" are simply not citations.
    .transform((rows) => rows.filter((row) => row.sourceId))
    .pipe(z.array(citationRow)),
  newSource: z
    .object({ title: z.string().optional() })
    .loose()
    .optional()
    .transform((value) => (value?.title?.trim() ? value : undefined))
    .pipe(newSourceSchema.optional()),
};

export const atLeastOneSource = {
  check: (data: { citations?: unknown[]; newSource?: unknown }) => (data.citations?.length ?? 0) > 0 || data.newSource !== undefined,
  // Checked even when other fields are invalid, so the person sees every problem at once.
  error: { error: "validation.sourceRequired", path: ["citations"], when: () => true },
};

export type NewSource = z.output<typeof newSourceSchema>;
export type CitationsInput = { citations: z.output<typeof citationRow>[]; newSource?: NewSource };
