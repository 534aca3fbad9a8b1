import { z } from "zod";
import {
  DocumentAdoption,
  DocumentType,
  EventKind,
  InitiativeStatus,
  StatusEntryKind,
  Region,
  Sector,
  SourceKind,
  TradeFlow,
  TradeFrequency,
  TradeScope,
  VentureStatus,
} from "@/lib/generated/prisma/enums";

// The open-data API's shapes: the query each dataset accepts and the items it returns. The
// route handlers validate with these, and /api/v1/openapi.json is generated from them, so
// the document cannot drift from what the API does.

const countryCode = z.string().regex(/^[A-Z]{2}$/, "a two-letter country code such as KZ");
const slug = z.string().regex(/^[a-z0-9-]{1,100}$/, "an event slug such as consultative-meeting-7");
const date = z.iso.date();
/** How much of a date the source gives; a MONTH date is the month's first day, a YEAR date 1 January. */
const precisionOf = (field: string) => z.enum(["DAY", "MONTH", "YEAR"]).meta({ description: `How much of ${field} the source gives.` });

/** Paging of the datasets (each request reads one page in the query); the venture registry has its own. */
export const pagingShape = {
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(100),
};

export const eventQuerySchema = z
  .object({
    kind: z.enum(EventKind).optional(),
    year: z.coerce.number().int().min(1991).max(2100).optional(),
    host: countryCode.optional(),
    participant: countryCode.optional(),
    ...pagingShape,
  })
  .strict();

export const documentQuerySchema = z.object({ event: slug.optional(), type: z.enum(DocumentType).optional(), ...pagingShape }).strict();

export const initiativeQuerySchema = z
  .object({
    sector: z.enum(Sector).optional(),
    proposer: countryCode.optional(),
    status: z.enum(InitiativeStatus).optional(),
    event: slug.optional(),
    due: z.literal("1").optional().meta({ description: "1: only initiatives nobody has changed or checked for six months." }),
    include: z.literal("history").optional().meta({ description: "history: each initiative's full history, status changes and checks, with their sources." }),
    ...pagingShape,
  })
  .strict();

export const statusHistoryQuerySchema = z
  .object({
    initiative: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/)
      .optional()
      .meta({ description: "One initiative's history." }),
    event: slug.optional().meta({ description: "The histories of the initiatives proposed at this event." }),
    proposer: countryCode.optional(),
    kind: z.enum(StatusEntryKind).optional().meta({ description: "CHANGE: changes of status; CHECK: checks that found it unchanged." }),
    ...pagingShape,
  })
  .strict();

const year = z.coerce.number().int().min(1900).max(2100);

export const tradeFigureQuerySchema = z
  .object({
    series: z
      .string()
      .regex(/^(INTRA_REGIONAL|BILATERAL-[A-Z]{2}-[A-Z]{2}|PARTNER_REGION-[A-Z]{2})$/, "INTRA_REGIONAL, BILATERAL-KZ-UZ or PARTNER_REGION-AZ")
      .optional()
      .meta({ description: "One series: INTRA_REGIONAL, BILATERAL-<A>-<B> (codes in alphabetical order) or PARTNER_REGION-<partner>." }),
    reporter: z
      .union([z.enum(["statement", "all"]), countryCode])
      .default("statement")
      .meta({
        description:
          "Who reports the figures: statement (the default: figures stated in speeches and articles, as every figure was before official statistics were imported), a country's code (its official statistics) or all.",
      }),
    partner: countryCode.optional().meta({ description: "The other country of a bilateral figure (for statements, either country of the pair)." }),
    flow: z.enum(TradeFlow).optional().meta({ description: "EXPORT or IMPORT from the reporter's side, or TURNOVER. Statements are turnover." }),
    frequency: z.enum(TradeFrequency).optional().meta({ description: "Figures of whole calendar years, quarters or months." }),
    from: year.optional().meta({ description: "First year: figures whose period starts in it or later." }),
    to: year.optional().meta({ description: "Last year: figures whose period ends in it or earlier." }),
    revisions: z.enum(["include"]).optional().meta({ description: "include: each figure also lists the earlier values later releases revised, oldest first." }),
    ...pagingShape,
  })
  .strict();

export const targetQuerySchema = z.object({ scope: z.enum(TradeScope).optional(), ...pagingShape }).strict();
export const sourceQuerySchema = z.object({ ...pagingShape }).strict();
export const countryQuerySchema = z.object({ ...pagingShape }).strict();

/** A source backing a record, with the quoted passage. */
export const sourceRefSchema = z.object({
  sourceId: z.string(),
  titleRu: z.string(),
  titleEn: z.string(),
  publisher: z.string().nullable(),
  publishedOn: date.nullable(),
  publishedPrecision: precisionOf("publishedOn"),
  url: z.string().nullable(),
  quote: z.string().nullable().meta({ description: "Verbatim, in the source's language." }),
  quoteEn: z
    .string()
    .nullable()
    .meta({ description: "The portal's English translation of quote; null where none is available yet. The quote is authoritative." }),
});

const sources = z.array(sourceRefSchema);

export const eventItemSchema = z.object({
  id: z.string().meta({ description: "The event's slug, as in /{locale}/summits/{id}." }),
  kind: z.enum(EventKind),
  ordinal: z.number().int().nullable(),
  titleRu: z.string(),
  titleEn: z.string(),
  startDate: date,
  endDate: date.nullable(),
  datePrecision: precisionOf("startDate and endDate"),
  dateInferred: z.boolean().meta({ description: "The source gives day and month; the year is inferred." }),
  cityRu: z.string().nullable(),
  cityEn: z.string().nullable(),
  host: countryCode.nullable(),
  participants: z.array(countryCode),
  documents: z.number().int(),
  initiatives: z.number().int(),
  sources,
});

export const documentItemSchema = z.object({
  id: z.string(),
  event: z.string(),
  titleRu: z.string(),
  titleEn: z.string(),
  type: z.enum(DocumentType),
  adoption: z.enum(DocumentAdoption),
  approvedBy: z.string().nullable(),
  initiatives: z.array(z.string()),
  ventures: z.array(z.string()),
  sources,
});

/** One entry of an initiative's history. */
export const historyEntrySchema = z.object({
  kind: z.enum(StatusEntryKind).meta({ description: "CHANGE: the status changed; CHECK: someone looked and it had not." }),
  status: z.enum(InitiativeStatus).meta({ description: "The status from this date on (for a check: the status it confirmed)." }),
  date: date,
  datePrecision: precisionOf("date"),
  noteRu: z.string().nullable(),
  noteEn: z.string().nullable(),
  noPublicInformation: z.boolean().meta({ description: "A check that found no public information; it cites no source." }),
  sources,
});

export const initiativeItemSchema = z.object({
  id: z.string(),
  titleRu: z.string(),
  titleEn: z.string(),
  sector: z.enum(Sector),
  status: z.enum(InitiativeStatus),
  proposer: countryCode.nullable(),
  proposerPersonRu: z.string().nullable(),
  proposerPersonEn: z.string().nullable(),
  event: z.string().nullable(),
  lastCheckedOn: date.nullable().meta({ description: "The newest entry of the history, a change or a check: when someone last looked." }),
  checkDue: z.boolean().meta({ description: "Nobody has changed or checked it for six months." }),
  history: z.array(historyEntrySchema).optional().meta({ description: "With include=history: oldest first." }),
  sources,
});

export const statusHistoryItemSchema = historyEntrySchema.extend({
  id: z.string(),
  initiative: z.string(),
  initiativeTitleRu: z.string(),
  initiativeTitleEn: z.string(),
});

export const partnerSchema = z.object({
  companyName: z.string().nullable().meta({ description: "Null where the source does not name the company." }),
  country: countryCode.nullable(),
  secondCountry: countryCode.nullable().meta({ description: "A binational company's other country, as the source states it." }),
  countryInferred: z.boolean().meta({ description: "True where the nationality is read from the source's context rather than stated in its words." }),
});

export const ventureItemSchema = z.object({
  id: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  sector: z.enum(Sector),
  status: z.enum(VentureStatus),
  productsRu: z.string().nullable(),
  productsEn: z.string().nullable(),
  cityRu: z.string().nullable(),
  cityEn: z.string().nullable(),
  country: countryCode.nullable().meta({ description: "Where the venture is located." }),
  establishedOn: date.nullable(),
  establishedPrecision: precisionOf("establishedOn"),
  investmentUsd: z.number().nullable().meta({ description: "Reported investment in US dollars; null where none was reported." }),
  partners: z.array(partnerSchema),
  confirmedBy: z
    .array(countryCode)
    .meta({ description: "Partner countries whose ministries confirmed the venture's current facts; a later change of the facts empties it." }),
  fullyConfirmed: z.boolean().meta({ description: "Confirmed by the ministry of every partner country." }),
  updatedAt: z.iso.datetime(),
  sources,
});

export const tradeFigureItemSchema = z.object({
  id: z.string(),
  scope: z.enum(TradeScope),
  countryA: countryCode.nullable(),
  countryB: countryCode.nullable(),
  periodStart: date,
  periodEnd: date,
  periodInferred: z.boolean(),
  valueUsd: z.number().nullable(),
  isLowerBound: z.boolean().meta({ description: 'The source says "more than" this value.' }),
  growthPercent: z.number().nullable(),
  growthIsLowerBound: z.boolean(),
  growthOverYears: z.number().int().nullable(),
  noteRu: z.string().nullable(),
  noteEn: z.string().nullable(),
  reporter: countryCode.nullable().meta({ description: "The country whose statistics report the figure; null for a figure stated in a speech or an article." }),
  flow: z.enum(TradeFlow).meta({ description: "From the reporter's side; statements are turnover." }),
  frequency: z.enum(TradeFrequency).nullable().meta({ description: "YEAR, QUARTER or MONTH when the period is exactly one; null otherwise." }),
  releasedOn: date.nullable().meta({ description: "The statistics release the value comes from." }),
  revisions: z
    .array(z.object({ valueUsd: z.number(), releasedOn: date.nullable(), sourceId: z.string(), replacedAt: z.iso.datetime() }))
    .optional()
    .meta({ description: "With revisions=include: the earlier values later releases replaced, oldest first." }),
  sources,
});

export const targetItemSchema = z.object({
  id: z.string(),
  scope: z.enum(TradeScope),
  countryA: countryCode.nullable(),
  countryB: countryCode.nullable(),
  valueUsd: z.number(),
  horizonRu: z.string(),
  horizonEn: z.string(),
  deadlineYear: z.number().int().nullable(),
  baselineValueUsd: z.number().nullable(),
  baselineIsLowerBound: z.boolean(),
  setOn: date,
  setPrecision: precisionOf("setOn"),
  setAtEvent: z.string().nullable(),
  setByRu: z.string().nullable(),
  setByEn: z.string().nullable(),
  sources,
});

export const sourceItemSchema = z.object({
  id: z.string(),
  kind: z.enum(SourceKind),
  titleRu: z.string(),
  titleEn: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  publishedOn: date.nullable(),
  publishedPrecision: precisionOf("publishedOn"),
  publishedOnInferred: z.boolean(),
  language: z.string(),
  url: z.string().nullable(),
  citations: z.number().int().meta({ description: "How many facts in the portal cite this source." }),
});

export const countryItemSchema = z.object({ code: countryCode, nameRu: z.string(), nameEn: z.string(), region: z.enum(Region) });

/** The envelope of every JSON list. */
export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({
    notice: z.string().optional().meta({ description: "Only from the portal's demo (npm run demo): says its statistics are generated sample data." }),
    items: z.array(item),
    total: z.number().int().meta({ description: "Items matching the filters, on all pages." }),
    page: z.number().int(),
    limit: z.number().int(),
    next: z.string().nullable().meta({ description: "The URL of the next page, or null on the last." }),
  });
}

export const errorSchema = z.object({
  error: z.string(),
  message: z.string(),
  parameter: z.string().optional().meta({ description: "The first parameter at fault." }),
  issues: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  id: z.string().optional().meta({ description: "A 500's error id, as written in the server log: quote it when reporting the error." }),
});
