import { z } from "zod";
import { InitiativeStatus, Sector } from "@/lib/generated/prisma/enums";
import { atLeastOneSource, citationsSchema } from "@/lib/validation/citations";
import { optionalCountryCode, optionalRecordId, optionalText, recordId, requiredText, version } from "@/lib/validation/fields";
import { datedOn, datePrecision, withDatePrecision } from "@/lib/validation/dated";

/** One initiative as staff enter it: what was proposed, by whom, where, and its sources. */
export const initiativeInputSchema = z
  .object({
    titleRu: requiredText(300),
    titleEn: requiredText(300),
    descriptionRu: optionalText(5000),
    descriptionEn: optionalText(5000),
    sector: z.enum(Sector, { error: "validation.unknownOption" }),
    proposerCode: optionalCountryCode,
    proposerPersonRu: optionalText(200),
    proposerPersonEn: optionalText(200),
    eventId: optionalRecordId,
    adoptedByDocumentId: optionalRecordId,
    ...citationsSchema,
  })
  .refine(atLeastOneSource.check, atLeastOneSource.error);

export type InitiativeInput = z.output<typeof initiativeInputSchema>;

export const initiativeUpdateSchema = initiativeInputSchema.and(z.object({ id: recordId, version }));

/**
 * A change of an initiative's status: the new status, when, a note in at least one
 * language, and the source that reports it.
 */
export const statusChangeInputSchema = withDatePrecision(
  { changedOn: "changedPrecision" },
  z
    .object({
      initiativeId: recordId,
      version,
      status: z.enum(InitiativeStatus, { error: "validation.unknownOption" }),
      changedOn: datedOn,
      changedPrecision: datePrecision,
      noteRu: optionalText(2000),
      noteEn: optionalText(2000),
      sourceId: optionalRecordId,
      quote: optionalText(5000),
      newSource: citationsSchema.newSource,
    })
    .refine((data) => Boolean(data.noteRu || data.noteEn), { error: "validation.noteRequired", path: ["noteRu"], when: () => true })
    .refine((data) => Boolean(data.sourceId || data.newSource), { error: "validation.sourceRequired", path: ["sourceId"], when: () => true }),
);

export type StatusChangeInput = z.output<typeof statusChangeInputSchema>;
