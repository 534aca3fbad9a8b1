import type { z } from "zod";
import type { Decimal } from "@/lib/decimal";
import { CACHE_TAGS, cachedQuery, type CacheTag } from "@/lib/cache";
import type { CitationDto } from "@/lib/queries/citations";
import { listCountries } from "@/lib/queries/countries";
import type { PageOf, PageRequest } from "@/lib/paging";
import { listTimeline } from "@/lib/queries/summits";
import { listDocuments } from "@/lib/queries/documents";
import { listInitiatives, listStatusHistory, type HistoryEntryDto } from "@/lib/queries/initiatives";
import { isCheckDue } from "@/lib/metrics/checks";
import { listVentures } from "@/lib/queries/ventures";
import { listTargets } from "@/lib/queries/targets";
import { listRevisions, listTradeFigures, type SeriesScope } from "@/lib/queries/trade";
import { listSources, SOURCE_TAGS } from "@/lib/queries/sources";
import type { TradeScope } from "@/lib/generated/prisma/enums";
import { ventureExportQuerySchema, ventureQuerySchema } from "@/lib/validation/venture-filters";
import { isoDay } from "@/lib/format";
import { dateText } from "@/lib/validation/dated";
import {
  countryItemSchema,
  countryQuerySchema,
  documentItemSchema,
  documentQuerySchema,
  eventItemSchema,
  eventQuerySchema,
  initiativeItemSchema,
  initiativeQuerySchema,
  sourceItemSchema,
  sourceQuerySchema,
  sourceRefSchema,
  statusHistoryItemSchema,
  statusHistoryQuerySchema,
  targetItemSchema,
  targetQuerySchema,
  tradeFigureItemSchema,
  tradeFigureQuerySchema,
  ventureItemSchema,
} from "@/lib/api/schemas";

// The nine datasets of /api/v1: each reads through the portal's own query functions (the
// same filters as the pages) and the data cache, and maps rows to the documented items.

type CsvCell = string | number | boolean | null | undefined;
type PagedQuery = { page: number; limit: number };
export type Page<Item> = { items: Item[]; total: number; page: number; limit: number };

export type Dataset<Query extends PagedQuery, Item> = {
  name: string;
  summary: string;
  query: z.ZodType<Query>;
  /** The query of the CSV form where it allows more rows at once. */
  exportQuery?: z.ZodType<Query>;
  item: z.ZodType<Item>;
  load: (query: Query) => Promise<Page<Item>>;
  csvHeader: readonly string[];
  csvRow: (item: Item) => CsvCell[];
};

const money = (value: Decimal | null) => (value === null ? null : value.toNumber());
const codeOf = (country: { code: string } | null) => country?.code ?? null;

type SourceRef = z.infer<typeof sourceRefSchema>;

function sourceRefs(citations: readonly CitationDto[]): SourceRef[] {
  return citations.map((c) => ({
    sourceId: c.source.id,
    titleRu: c.source.titleRu,
    titleEn: c.source.titleEn,
    publisher: c.source.publisher,
    publishedOn: isoDay(c.source.publishedOn),
    publishedPrecision: c.source.publishedPrecision,
    url: c.source.url,
    quote: c.quote,
    quoteEn: c.quoteEn,
  }));
}

/** Sources in one CSV cell: "title (date to its precision): «quote»", separated by " | ". */
function sourcesCell(sources: readonly SourceRef[]): string {
  const dated = (s: SourceRef) => (s.publishedOn ? ` (${dateText(new Date(`${s.publishedOn}T00:00:00Z`), s.publishedPrecision)})` : "");
  return sources.map((s) => `${s.titleEn}${dated(s)}${s.quote ? `: «${s.quote}»` : ""}`).join(" | ");
}

/**
 * A dataset read one page at a time through a portal list query (the same filters as the
 * pages) and the data cache: each dataset states only its schemas, the query that lists a
 * page, how a row becomes an item, and its CSV columns.
 */
function pagedDataset<Query extends PagedQuery, Row, Item>(spec: {
  name: string;
  summary: string;
  query: z.ZodType<Query>;
  exportQuery?: z.ZodType<Query>;
  item: z.ZodType<Item>;
  list: (filters: Omit<Query, keyof PagedQuery>, request: PageRequest) => Promise<PageOf<Row>>;
  toItem: (row: Row) => NoInfer<Item>;
  tags: CacheTag[];
  csvHeader: readonly string[];
  csvRow: (item: Item) => CsvCell[];
}): Dataset<Query, Item> {
  const { list, toItem, tags, ...dataset } = spec;
  const load = async ({ page, limit, ...filters }: Query): Promise<Page<Item>> => {
    const result = await list(filters, { page, pageSize: limit });
    return { items: result.items.map(toItem), total: result.total, page: result.page, limit: result.pageSize };
  };
  return { ...dataset, load: cachedQuery(`api.${spec.name}`, load, [...tags, CACHE_TAGS.sources]) };
}

const events = pagedDataset({
  name: "events",
  summary: "Summits and other events: Consultative Meetings, state visits, councils, forums.",
  query: eventQuerySchema,
  item: eventItemSchema,
  list: (filters, request) => listTimeline(filters, request, { withCitations: true }),
  toItem: (e) => ({
    id: e.slug,
    kind: e.kind,
    ordinal: e.ordinal,
    titleRu: e.titleRu,
    titleEn: e.titleEn,
    startDate: isoDay(e.startDate),
    endDate: isoDay(e.endDate),
    datePrecision: e.datePrecision,
    dateInferred: e.dateInferred,
    cityRu: e.cityRu,
    cityEn: e.cityEn,
    host: codeOf(e.host),
    participants: e.participants.map((p) => p.country.code),
    documents: e._count.documents,
    initiatives: e._count.initiatives,
    sources: sourceRefs(e.citations ?? []),
  }),
  tags: [CACHE_TAGS.events, CACHE_TAGS.documents, CACHE_TAGS.initiatives],
  csvHeader: [
    "id",
    "kind",
    "ordinal",
    "titleRu",
    "titleEn",
    "startDate",
    "endDate",
    "datePrecision",
    "dateInferred",
    "cityRu",
    "cityEn",
    "host",
    "participants",
    "documents",
    "initiatives",
    "sources",
  ],
  csvRow: (e) => [
    e.id,
    e.kind,
    e.ordinal,
    e.titleRu,
    e.titleEn,
    e.startDate,
    e.endDate,
    e.datePrecision,
    e.dateInferred,
    e.cityRu,
    e.cityEn,
    e.host,
    e.participants.join(" "),
    e.documents,
    e.initiatives,
    sourcesCell(e.sources),
  ],
});

const documents = pagedDataset({
  name: "documents",
  summary: "Documents signed or approved at events, with the initiatives and ventures based on them.",
  query: documentQuerySchema,
  item: documentItemSchema,
  list: listDocuments,
  toItem: (d) => ({
    id: d.id,
    event: d.event.slug,
    titleRu: d.titleRu,
    titleEn: d.titleEn,
    type: d.type,
    adoption: d.adoption,
    approvedBy: d.approvedBy?.id ?? null,
    initiatives: d.adoptsInitiatives.map((i) => i.id),
    ventures: d.ventures.map((v) => v.id),
    sources: sourceRefs(d.citations),
  }),
  tags: [CACHE_TAGS.documents, CACHE_TAGS.events, CACHE_TAGS.initiatives, CACHE_TAGS.ventures],
  csvHeader: ["id", "event", "titleRu", "titleEn", "type", "adoption", "approvedBy", "initiatives", "ventures", "sources"],
  csvRow: (d) => [d.id, d.event, d.titleRu, d.titleEn, d.type, d.adoption, d.approvedBy, d.initiatives.join(" "), d.ventures.join(" "), sourcesCell(d.sources)],
});

const initiatives = pagedDataset({
  name: "initiatives",
  summary: "Initiatives proposed at events, with their proposer and current status.",
  query: initiativeQuerySchema,
  item: initiativeItemSchema,
  list: ({ include, ...filters }, request) => listInitiatives(filters, request, { withCitations: true, withHistory: include === "history" }),
  toItem: (i) => ({
    id: i.id,
    titleRu: i.titleRu,
    titleEn: i.titleEn,
    sector: i.sector,
    status: i.status,
    proposer: codeOf(i.proposer),
    proposerPersonRu: i.proposerPersonRu,
    proposerPersonEn: i.proposerPersonEn,
    event: i.event?.slug ?? null,
    lastCheckedOn: isoDay(i.statusChanges[0]?.changedOn),
    checkDue: isCheckDue(i.statusChanges[0]?.changedOn ?? null, new Date()),
    ...(i.history ? { history: i.history.map(historyEntry) } : {}),
    sources: sourceRefs(i.citations ?? []),
  }),
  tags: [CACHE_TAGS.initiatives, CACHE_TAGS.events],
  csvHeader: [
    "id",
    "titleRu",
    "titleEn",
    "sector",
    "status",
    "proposer",
    "proposerPersonRu",
    "proposerPersonEn",
    "event",
    "lastCheckedOn",
    "checkDue",
    "sources",
  ],
  csvRow: (i) => [
    i.id,
    i.titleRu,
    i.titleEn,
    i.sector,
    i.status,
    i.proposer,
    i.proposerPersonRu,
    i.proposerPersonEn,
    i.event,
    i.lastCheckedOn,
    i.checkDue,
    sourcesCell(i.sources),
  ],
});

function historyEntry(e: HistoryEntryDto) {
  return {
    kind: e.kind,
    status: e.status,
    date: isoDay(e.changedOn),
    datePrecision: e.changedPrecision,
    noteRu: e.noteRu,
    noteEn: e.noteEn,
    noPublicInformation: e.noPublicInformation,
    sources: sourceRefs(e.citations),
  };
}

const statusHistory = pagedDataset({
  name: "status-history",
  summary: "Every initiative's history in one table: one row per change of status or check, newest first, each with its date, note and sources.",
  query: statusHistoryQuerySchema,
  item: statusHistoryItemSchema,
  list: (filters, request) => listStatusHistory(filters, request),
  toItem: (e) => ({
    id: e.id,
    initiative: e.initiative.id,
    initiativeTitleRu: e.initiative.titleRu,
    initiativeTitleEn: e.initiative.titleEn,
    ...historyEntry(e),
  }),
  tags: [CACHE_TAGS.initiatives],
  csvHeader: [
    "id",
    "initiative",
    "initiativeTitleRu",
    "initiativeTitleEn",
    "kind",
    "status",
    "date",
    "datePrecision",
    "noteRu",
    "noteEn",
    "noPublicInformation",
    "sources",
  ],
  csvRow: (e) => [
    e.id,
    e.initiative,
    e.initiativeTitleRu,
    e.initiativeTitleEn,
    e.kind,
    e.status,
    e.date,
    e.datePrecision,
    e.noteRu,
    e.noteEn,
    e.noPublicInformation,
    sourcesCell(e.sources),
  ],
});

const ventures = pagedDataset({
  name: "ventures",
  summary: "The joint-venture registry: partners and their countries, products, location, status, investment.",
  query: ventureQuerySchema,
  exportQuery: ventureExportQuerySchema,
  item: ventureItemSchema,
  list: (filters, { page, pageSize }) => listVentures({ ...filters, page, limit: pageSize }, { withCitations: true, locale: "en" }),
  toItem: (v) => ({
    id: v.id,
    nameRu: v.nameRu,
    nameEn: v.nameEn,
    sector: v.sector,
    status: v.status,
    productsRu: v.productsRu,
    productsEn: v.productsEn,
    cityRu: v.cityRu,
    cityEn: v.cityEn,
    country: codeOf(v.country),
    establishedOn: isoDay(v.establishedOn),
    establishedPrecision: v.establishedPrecision,
    investmentUsd: money(v.investmentUsd),
    partners: v.partners.map((p) => ({
      companyName: p.companyName,
      country: codeOf(p.country),
      secondCountry: codeOf(p.secondCountry),
      countryInferred: p.countryInferred,
    })),
    confirmedBy: v.confirmedBy,
    fullyConfirmed: v.fullyConfirmed,
    updatedAt: v.updatedAt.toISOString(),
    sources: sourceRefs(v.citations ?? []),
  }),
  tags: [CACHE_TAGS.ventures, CACHE_TAGS.initiatives, CACHE_TAGS.documents],
  csvHeader: [
    "id",
    "nameRu",
    "nameEn",
    "sector",
    "status",
    "partners",
    "partnerCountries",
    "productsRu",
    "productsEn",
    "cityRu",
    "cityEn",
    "country",
    "establishedOn",
    "establishedPrecision",
    "investmentUsd",
    "confirmedBy",
    "fullyConfirmed",
    "updatedAt",
    "sources",
  ],
  csvRow: (v) => [
    v.id,
    v.nameRu,
    v.nameEn,
    v.sector,
    v.status,
    v.partners.map((p) => p.companyName ?? "").join(" | "),
    // "KZ+UZ" for a binational company; "?" marks a nationality inferred from context.
    v.partners.map((p) => [p.country, p.secondCountry].filter(Boolean).join("+") + (p.countryInferred ? "?" : "")).join(" | "),
    v.productsRu,
    v.productsEn,
    v.cityRu,
    v.cityEn,
    v.country,
    v.establishedOn,
    v.establishedPrecision,
    v.investmentUsd,
    v.confirmedBy.join(" | "),
    v.fullyConfirmed,
    v.updatedAt,
    sourcesCell(v.sources),
  ],
});

type Revision = Awaited<ReturnType<typeof listRevisions>> extends Map<string, (infer R)[]> ? R : never;

function seriesScope(series: string): SeriesScope {
  const [scope, a = null, b = null] = series.split("-");
  return { scope: scope as TradeScope, countryACode: a, countryBCode: b };
}

const tradeFigures = pagedDataset({
  name: "trade-figures",
  summary:
    "Trade in US dollars, each figure with its source: turnover stated in speeches and articles (intra-regional, bilateral, partner–region; the default), and with reporter= the official statistics of a country (exports, imports or turnover with each partner, by year, quarter or month, with their revisions on request).",
  query: tradeFigureQuerySchema,
  item: tradeFigureItemSchema,
  list: async ({ series, revisions, ...filters }, request) => {
    const page = await listTradeFigures({ series: series ? seriesScope(series) : undefined, ...filters, ...request });
    if (!revisions) return page;
    const earlier = await listRevisions(page.items.map((f) => f.id));
    return { ...page, items: page.items.map((f) => ({ ...f, revisions: earlier.get(f.id) ?? [] })) };
  },
  toItem: (f: Awaited<ReturnType<typeof listTradeFigures>>["items"][number] & { revisions?: Revision[] }) => ({
    id: f.id,
    scope: f.scope,
    countryA: codeOf(f.countryA),
    countryB: codeOf(f.countryB),
    periodStart: isoDay(f.periodStart),
    periodEnd: isoDay(f.periodEnd),
    periodInferred: f.periodInferred,
    valueUsd: money(f.valueUsd),
    isLowerBound: f.isLowerBound,
    growthPercent: money(f.growthPercent),
    growthIsLowerBound: f.growthIsLowerBound,
    growthOverYears: f.growthOverYears,
    noteRu: f.noteRu,
    noteEn: f.noteEn,
    reporter: f.reporterCode,
    flow: f.flow,
    frequency: f.frequency,
    releasedOn: f.releasedOn && isoDay(f.releasedOn),
    ...(f.revisions && {
      revisions: f.revisions.map((r) => ({
        valueUsd: r.valueUsd.toNumber(),
        releasedOn: r.releasedOn && isoDay(r.releasedOn),
        sourceId: r.sourceId,
        replacedAt: r.replacedAt.toISOString(),
      })),
    }),
    sources: sourceRefs(f.citations),
  }),
  tags: [CACHE_TAGS.trade],
  csvHeader: [
    "id",
    "scope",
    "countryA",
    "countryB",
    "periodStart",
    "periodEnd",
    "periodInferred",
    "valueUsd",
    "isLowerBound",
    "growthPercent",
    "growthIsLowerBound",
    "growthOverYears",
    "noteEn",
    "sources",
    "reporter",
    "flow",
    "frequency",
    "releasedOn",
  ],
  csvRow: (f) => [
    f.id,
    f.scope,
    f.countryA,
    f.countryB,
    f.periodStart,
    f.periodEnd,
    f.periodInferred,
    f.valueUsd,
    f.isLowerBound,
    f.growthPercent,
    f.growthIsLowerBound,
    f.growthOverYears,
    f.noteEn,
    sourcesCell(f.sources),
    f.reporter,
    f.flow,
    f.frequency,
    f.releasedOn,
  ],
});

const targets = pagedDataset({
  name: "targets",
  summary: "Political trade targets, as stated, with the baseline when set.",
  query: targetQuerySchema,
  item: targetItemSchema,
  list: listTargets,
  toItem: (t) => ({
    id: t.id,
    scope: t.scope,
    countryA: codeOf(t.countryA),
    countryB: codeOf(t.countryB),
    valueUsd: t.valueUsd.toNumber(),
    horizonRu: t.horizonRu,
    horizonEn: t.horizonEn,
    deadlineYear: t.deadlineYear,
    baselineValueUsd: money(t.baselineValueUsd),
    baselineIsLowerBound: t.baselineIsLowerBound,
    setOn: isoDay(t.setOn),
    setPrecision: t.setPrecision,
    setAtEvent: t.setAtEvent?.slug ?? null,
    setByRu: t.setByRu,
    setByEn: t.setByEn,
    sources: sourceRefs(t.citations),
  }),
  tags: [CACHE_TAGS.targets, CACHE_TAGS.events],
  csvHeader: [
    "id",
    "scope",
    "countryA",
    "countryB",
    "valueUsd",
    "horizonRu",
    "horizonEn",
    "deadlineYear",
    "baselineValueUsd",
    "baselineIsLowerBound",
    "setOn",
    "setPrecision",
    "setAtEvent",
    "setByEn",
    "sources",
  ],
  csvRow: (t) => [
    t.id,
    t.scope,
    t.countryA,
    t.countryB,
    t.valueUsd,
    t.horizonRu,
    t.horizonEn,
    t.deadlineYear,
    t.baselineValueUsd,
    t.baselineIsLowerBound,
    t.setOn,
    t.setPrecision,
    t.setAtEvent,
    t.setByEn,
    sourcesCell(t.sources),
  ],
});

const sources = pagedDataset({
  name: "sources",
  summary: "The bibliography: every source the portal cites, with how many facts cite it.",
  query: sourceQuerySchema,
  item: sourceItemSchema,
  list: (_filters, request) => listSources(request),
  toItem: (s) => ({
    id: s.id,
    kind: s.kind,
    titleRu: s.titleRu,
    titleEn: s.titleEn,
    publisher: s.publisher,
    author: s.author,
    publishedOn: isoDay(s.publishedOn),
    publishedPrecision: s.publishedPrecision,
    publishedOnInferred: s.publishedOnInferred,
    language: s.language,
    url: s.url,
    citations: s._count.citations,
  }),
  // The same data as /sources, so the same tags: any record written with a citation changes it.
  tags: SOURCE_TAGS,
  csvHeader: [
    "id",
    "kind",
    "titleRu",
    "titleEn",
    "publisher",
    "author",
    "publishedOn",
    "publishedPrecision",
    "publishedOnInferred",
    "language",
    "url",
    "citations",
  ],
  csvRow: (s) => [
    s.id,
    s.kind,
    s.titleRu,
    s.titleEn,
    s.publisher,
    s.author,
    s.publishedOn,
    s.publishedPrecision,
    s.publishedOnInferred,
    s.language,
    s.url,
    s.citations,
  ],
});

const countries = pagedDataset({
  name: "countries",
  summary: "The countries the portal follows: the five Central Asian states and Azerbaijan.",
  query: countryQuerySchema,
  item: countryItemSchema,
  list: (_filters, request) => listCountries(request),
  toItem: (c) => c,
  tags: [CACHE_TAGS.events],
  csvHeader: ["code", "nameRu", "nameEn", "region"],
  csvRow: (c) => [c.code, c.nameRu, c.nameEn, c.region],
});

// The registry's element type is deliberately loose: each entry keeps its own types above.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDataset = Dataset<any, any>;

export const DATASETS: readonly AnyDataset[] = [events, documents, initiatives, statusHistory, ventures, tradeFigures, targets, sources, countries];

export function findDataset(name: string): AnyDataset | undefined {
  return DATASETS.find((dataset) => dataset.name === name);
}
