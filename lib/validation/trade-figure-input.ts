import { z } from "zod";
import { TradeScope } from "@/lib/generated/prisma/enums";
import { atLeastOneSource, citationsSchema } from "@/lib/validation/citations";
import { checkbox, optionalCountryCode, optionalText, optionalUsdAmount, pastDate, recordId } from "@/lib/validation/fields";

const MAX_GROWTH_PERCENT = 1000; // a tenfold rise; anything larger is a typo

/** A growth rate in percent as typed ("13", "+36,5", "-4.25"); kept as a string for the Decimal column. */
export const optionalGrowthPercent = z
  .string()
  .optional()
  .transform((value) => value?.replace(/[\s\u00a0\u202f%]/g, "") || undefined)
  .pipe(
    z
      .string()
      .regex(/^[+-]?\d+([.,]\d{1,2})?$/, { error: "validation.percent" })
      .transform((value) => value.replace(",", ".").replace(/^\+/, ""))
      .refine((value) => Number(value) > -100 && Number(value) <= MAX_GROWTH_PERCENT, { error: "validation.percentRange" })
      .optional(),
  )
  .transform((value) => value ?? null);

export const optionalYears = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined)
  .pipe(
    z
      .string()
      .regex(/^\d{1,3}$/, { error: "validation.years" })
      .transform(Number)
      .refine((value) => value >= 1 && value <= 30, { error: "validation.years" })
      .optional(),
  )
  .transform((value) => value ?? null);

/**
 * One reported trade turnover as staff enter it, in the form or a CSV row. The countries
 * the scope needs: none for intra-regional trade, two different ones for a bilateral pair
 * (stored in alphabetical order, so KZ–UZ and UZ–KZ are one series), the partner in A
 * for trade between a partner and the region.
 */
export const tradeFigureInputSchema = z
  .object({
    scope: z.enum(TradeScope, { error: "validation.unknownOption" }),
    countryACode: optionalCountryCode,
    countryBCode: optionalCountryCode,
    periodStart: pastDate,
    periodEnd: pastDate,
    periodInferred: checkbox,
    valueUsd: optionalUsdAmount,
    isLowerBound: checkbox,
    growthPercent: optionalGrowthPercent,
    growthIsLowerBound: checkbox,
    growthOverYears: optionalYears,
    noteRu: optionalText(2000),
    noteEn: optionalText(2000),
    confirmDuplicate: checkbox,
    ...citationsSchema,
  })
  .refine(atLeastOneSource.check, atLeastOneSource.error)
  .superRefine((data, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const { scope, countryACode: a, countryBCode: b } = data;
    if (scope === "INTRA_REGIONAL") {
      if (a) issue("countryACode", "validation.noCountryForScope");
      if (b) issue("countryBCode", "validation.noCountryForScope");
    } else if (scope === "BILATERAL") {
      if (!a) issue("countryACode", "validation.countryRequired");
      if (!b) issue("countryBCode", "validation.countryRequired");
      if (a && a === b) issue("countryBCode", "validation.sameCountry");
    } else {
      if (!a) issue("countryACode", "validation.partnerCountryRequired");
      if (b) issue("countryBCode", "validation.noCountryForScope");
    }
    if (data.periodEnd < data.periodStart) issue("periodEnd", "validation.periodOrder");
    if (!data.valueUsd && !data.growthPercent) issue("valueUsd", "validation.valueOrGrowth");
    if (data.isLowerBound && !data.valueUsd) issue("isLowerBound", "validation.lowerBoundWithoutValue");
    if ((data.growthIsLowerBound || data.growthOverYears) && !data.growthPercent) issue("growthPercent", "validation.required");
  })
  .transform((data) => {
    // One pair, one series: KZ–UZ whichever way round it was typed.
    if (data.scope === "BILATERAL" && data.countryACode && data.countryBCode && data.countryACode > data.countryBCode) {
      return { ...data, countryACode: data.countryBCode, countryBCode: data.countryACode };
    }
    return data;
  });

export type TradeFigureInput = z.output<typeof tradeFigureInputSchema>;

export const tradeFigureUpdateSchema = tradeFigureInputSchema.and(z.object({ id: recordId, version: z.coerce.number().int().min(1) }));
