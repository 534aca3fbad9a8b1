import { z } from "zod";
import { Sector, VentureStatus } from "@/lib/generated/prisma/enums";
import { atLeastOneSource, citationsSchema } from "@/lib/validation/citations";
import { checkbox, countryCode, optionalCountryCode, optionalRecordId, optionalText, optionalUsdAmount, recordId, requiredText } from "@/lib/validation/fields";
import { datePrecision, optionalDatedOn, withDatePrecision } from "@/lib/validation/dated";

export const MAX_PARTNERS = 10;

/**
 * One joint venture as staff enter it, in a form or a CSV row. A new venture needs a
 * partner; an edit may keep a venture whose source names none without inventing one (its
 * record function refuses removing the partners of a venture that has them).
 */
const ventureSchema = (minPartners: 0 | 1) =>
  withDatePrecision(
    { establishedOn: "establishedPrecision" },
    z
      .object({
        nameRu: requiredText(200),
        nameEn: requiredText(200),
        partners: z
          .array(
            z.object({
              companyName: z.string().default(""),
              countryCode: z.string().default(""),
              secondCountryCode: z.string().default(""),
              countryInferred: z.string().optional(),
            }),
          )
          // A row the person added and left blank is not a partner.
          .transform((rows): { companyName?: string; countryCode: string; secondCountryCode?: string; countryInferred?: string }[] =>
            rows.filter((row) => row.companyName.trim() || row.countryCode.trim() || row.secondCountryCode.trim()),
          )
          .pipe(
            z
              .array(
                z
                  .object({
                    // Null where the source does not name the company ("Uzbek partner, not named").
                    companyName: optionalText(200),
                    countryCode,
                    // A binational company's other country ("казахстанско-узбекская").
                    secondCountryCode: optionalCountryCode,
                    // The nationality is read from the paragraph's context, not stated in its words.
                    countryInferred: checkbox,
                  })
                  .refine((p) => p.secondCountryCode !== p.countryCode, { error: "validation.sameCountryTwice", path: ["secondCountryCode"] }),
              )
              .min(minPartners, { error: "validation.partnerRequired" })
              .max(MAX_PARTNERS, { error: "validation.atMost" }),
          ),
        sector: z.enum(Sector, { error: "validation.unknownOption" }),
        productsRu: optionalText(1000),
        productsEn: optionalText(1000),
        cityRu: optionalText(120),
        cityEn: optionalText(120),
        countryCode: optionalCountryCode,
        status: z.enum(VentureStatus, { error: "validation.unknownOption" }),
        establishedOn: optionalDatedOn,
        establishedPrecision: datePrecision,
        investmentUsd: optionalUsdAmount,
        initiativeId: optionalRecordId,
        agreementDocumentId: optionalRecordId,
        confirmDuplicate: checkbox,
        ...citationsSchema,
      })
      .refine(atLeastOneSource.check, atLeastOneSource.error),
  );

export const ventureInputSchema = ventureSchema(1);

export type VentureInput = z.output<typeof ventureInputSchema>;

export const ventureUpdateSchema = ventureSchema(0).and(z.object({ id: recordId, version: z.coerce.number().int().min(1) }));
