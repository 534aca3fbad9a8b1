import { z } from "zod";
import { InitiativeStatus, Sector, StatusEntryKind } from "@/lib/generated/prisma/enums";
import { atLeastOneSource, citationsSchema } from "@/lib/validation/citations";
import { checkbox, optionalCountryCode, optionalRecordId, optionalText, recordId, requiredText, version } from "@/lib/validation/fields";
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
/**
 * An entry of an initiative's history: a change of status, or a check that found it
 * unchanged (kind CHECK: the status is the current one, set on the server). Either has a
 * date, a note in at least one language and a source — except a check that found no public
 * information at all, which says so instead.
 */
export const statusChangeInputSchema = withDatePrecision(
  { changedOn: "changedPrecision" },
  z
    .object({
      initiativeId: recordId,
      version,
      kind: z.enum(StatusEntryKind, { error: "validation.unknownOption" }).default("CHANGE"),
      status: z.enum(InitiativeStatus, { error: "validation.unknownOption" }).optional(),
      changedOn: datedOn,
      changedPrecision: datePrecision,
      noteRu: optionalText(2000),
      noteEn: optionalText(2000),
      noPublicInformation: checkbox,
      sourceId: optionalRecordId,
      quote: optionalText(5000),
      newSource: citationsSchema.newSource,
    })
    .refine((data) => data.kind === "CHECK" || data.status !== undefined, { error: "validation.required", path: ["status"], when: () => true })
    .refine((data) => Boolean(data.noteRu || data.noteEn), { error: "validation.noteRequired", path: ["noteRu"], when: () => true })
    .refine((data) => !data.noPublicInformation || data.kind === "CHECK", {
      error: "validation.noInformationOnlyForChecks",
      path: ["noPublicInformation"],
      when: () => true,
    })
    .refine((data) => Boolean(data.sourceId || data.newSource || data.noPublicInformation), {
      error: "validation.sourceRequired",
      path: ["sourceId"],
      when: () => true,
    }),
);

export type StatusChangeInput = z.output<typeof statusChangeInputSchema>;
