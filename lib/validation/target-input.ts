import { z } from "zod";
import { TradeScope } from "@/lib/generated/prisma/enums";
import { atLeastOneSource, citationsSchema } from "@/lib/validation/citations";
import { optionalCountryCode, optionalRecordId, optionalText, recordId, requiredText, usdAmount, version } from "@/lib/validation/fields";
import { datedOn, datePrecision, withDatePrecision } from "@/lib/validation/dated";

const optionalYear = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(
    z
      .string()
      .regex(/^\d{4}$/, { error: "validation.year" })
      .optional(),
  )
  .transform((value) => (value === undefined ? null : Number(value)))
  .refine((year) => year === null || (year >= 2000 && year <= 2100), { error: "validation.year" });

type ScopeCountries = { scope: TradeScope; countryACode: string | null; countryBCode: string | null };

/**
 * The countries a trade scope needs: none for intra-regional trade, two different ones for
 * bilateral trade (stored in alphabetical order, so a pair has one spelling), the partner
 * alone for a partner's trade with the region.
 */
export function checkScopeCountries(data: ScopeCountries, ctx: z.RefinementCtx): void {
  const issue = (path: "countryACode" | "countryBCode", message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (data.scope === "INTRA_REGIONAL") {
    if (data.countryACode) issue("countryACode", "validation.noCountriesForScope");
    if (data.countryBCode) issue("countryBCode", "validation.noCountriesForScope");
  } else if (data.scope === "BILATERAL") {
    if (!data.countryACode) issue("countryACode", "validation.countriesForScope");
    if (!data.countryBCode) issue("countryBCode", "validation.countriesForScope");
    if (data.countryACode && data.countryACode === data.countryBCode) issue("countryBCode", "validation.sameCountry");
  } else {
    if (!data.countryACode) issue("countryACode", "validation.countriesForScope");
    if (data.countryBCode) issue("countryBCode", "validation.noCountriesForScope");
  }
}

export function orderedCountries(data: ScopeCountries): { countryACode: string | null; countryBCode: string | null } {
  if (data.scope === "BILATERAL" && data.countryACode && data.countryBCode && data.countryBCode < data.countryACode) {
    return { countryACode: data.countryBCode, countryBCode: data.countryACode };
  }
  return { countryACode: data.countryACode, countryBCode: data.countryBCode };
}

const targetFields = z.object({
  scope: z.enum(TradeScope, { error: "validation.unknownOption" }),
  countryACode: optionalCountryCode,
  countryBCode: optionalCountryCode,
  valueUsd: usdAmount,
  horizonRu: requiredText(300),
  horizonEn: requiredText(300),
  deadlineYear: optionalYear,
  setOn: datedOn,
  setPrecision: datePrecision,
  setAtEventId: optionalRecordId,
  setByRu: optionalText(300),
  setByEn: optionalText(300),
  noteRu: optionalText(2000),
  noteEn: optionalText(2000),
  ...citationsSchema,
});

const TARGET_DATES = { setOn: "setPrecision" };

/** One political trade target as staff enter it. */
export const targetInputSchema = withDatePrecision(
  TARGET_DATES,
  targetFields.superRefine(checkScopeCountries).refine(atLeastOneSource.check, atLeastOneSource.error),
);

export type TargetInput = z.output<typeof targetInputSchema>;

export const targetUpdateSchema = withDatePrecision(
  TARGET_DATES,
  targetFields.extend({ id: recordId, version }).superRefine(checkScopeCountries).refine(atLeastOneSource.check, atLeastOneSource.error),
);
