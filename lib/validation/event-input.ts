import { z } from "zod";
import { DocumentAdoption, DocumentType, EventKind } from "@/lib/generated/prisma/enums";
import { atLeastOneSource, citationsSchema } from "@/lib/validation/citations";
import { checkbox, countryCode, optionalCountryCode, optionalRecordId, optionalText, recordId, requiredText, version } from "@/lib/validation/fields";
import { datedOn, datePrecision, optionalDatedOn, withDatePrecision } from "@/lib/validation/dated";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "VII Consultative Meeting (Tashkent)" → "vii-consultative-meeting-tashkent". */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
}

const optionalOrdinal = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(
    z
      .string()
      .regex(/^\d{1,3}$/, { error: "validation.whole" })
      .optional(),
  )
  .transform((value) => (value === undefined ? null : Number(value)))
  .refine((n) => n === null || n >= 1, { error: "validation.whole" });

const eventFields = z.object({
  kind: z.enum(EventKind, { error: "validation.unknownOption" }),
  ordinal: optionalOrdinal,
  titleRu: requiredText(300),
  titleEn: requiredText(300),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(100, { error: "validation.tooLong" })
    .optional()
    .transform((value) => value || null)
    .pipe(z.string().regex(SLUG, { error: "validation.slug" }).nullable()),
  startDate: datedOn,
  endDate: optionalDatedOn,
  datePrecision,
  dateInferred: checkbox,
  cityRu: optionalText(120),
  cityEn: optionalText(120),
  hostCode: optionalCountryCode,
  participants: z
    .array(countryCode)
    .max(60, { error: "validation.atMost" })
    .default([])
    .transform((codes) => [...new Set(codes)]),
  summaryRu: optionalText(10_000),
  summaryEn: optionalText(10_000),
  ...citationsSchema,
});

type EventShape = z.output<typeof eventFields>;

function checkEvent(data: EventShape, ctx: z.RefinementCtx): void {
  if (data.endDate && data.startDate && data.endDate < data.startDate)
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "validation.endBeforeStart" });
  if (data.ordinal !== null && data.kind !== "CONSULTATIVE_MEETING")
    ctx.addIssue({ code: "custom", path: ["ordinal"], message: "validation.ordinalOnlyForMeetings" });
}

// The address name: as typed, or made from the English title when left empty.
const withSlug = <T extends EventShape>(data: T) => ({ ...data, slug: data.slug ?? slugFromTitle(data.titleEn) });

const checkSlug = (data: { slug: string }, ctx: z.RefinementCtx) => {
  if (!SLUG.test(data.slug)) ctx.addIssue({ code: "custom", path: ["slug"], message: "validation.slug" });
};

// One precision for both dates: an event's start and end are known to the same detail.
const EVENT_DATES = { startDate: "datePrecision", endDate: "datePrecision" };

/** One event as staff enter it: what, when, where, who took part, and its sources. */
export const eventInputSchema = withDatePrecision(
  EVENT_DATES,
  eventFields.superRefine(checkEvent).refine(atLeastOneSource.check, atLeastOneSource.error).transform(withSlug).superRefine(checkSlug),
);

export type EventInput = z.output<typeof eventInputSchema>;

export const eventUpdateSchema = withDatePrecision(
  EVENT_DATES,
  eventFields
    .extend({ id: recordId, version })
    .superRefine(checkEvent)
    .refine(atLeastOneSource.check, atLeastOneSource.error)
    .transform(withSlug)
    .superRefine(checkSlug),
);

const documentFields = {
  titleRu: requiredText(500),
  titleEn: requiredText(500),
  type: z.enum(DocumentType, { error: "validation.unknownOption" }),
  adoption: z.enum(DocumentAdoption, { error: "validation.unknownOption" }),
  approvedByDocumentId: optionalRecordId,
  ...citationsSchema,
};

/** A document adopted at an event, as staff add it on the event's page. */
export const documentInputSchema = z.object({ eventId: recordId, ...documentFields }).refine(atLeastOneSource.check, atLeastOneSource.error);

export type DocumentInput = z.output<typeof documentInputSchema>;

/** An edit of a document; the event it belongs to does not change. */
export const documentUpdateSchema = z.object({ id: recordId, version, ...documentFields }).refine(atLeastOneSource.check, atLeastOneSource.error);
