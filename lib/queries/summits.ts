import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countryNameSelect } from "@/lib/queries/countries";
import { citationsForEdit, citationsRelation, type CitationDto } from "@/lib/queries/citations";
import { containsText, readPage, STAFF_PAGE_SIZE, type PageOf, type PageRequest } from "@/lib/paging";
import { isRecordKey, type EventFilters } from "@/lib/validation/filters";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";

const eventListSelect = {
  id: true,
  slug: true,
  kind: true,
  ordinal: true,
  titleRu: true,
  titleEn: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  dateInferred: true,
  cityRu: true,
  cityEn: true,
  host: { select: countryNameSelect },
  participants: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
} satisfies Prisma.EventSelect;

export type EventListItem = Prisma.EventGetPayload<{ select: typeof eventListSelect }>;

/** The most recent Consultative Meeting of the heads of state. */
export async function getLatestConsultativeMeeting(): Promise<EventListItem | null> {
  return prisma.event.findFirst({
    where: { kind: "CONSULTATIVE_MEETING", deletedAt: null },
    orderBy: { startDate: "desc" },
    select: eventListSelect,
  });
}

function timelineWhere(filters: EventFilters): Prisma.EventWhereInput {
  return {
    deletedAt: null,
    kind: filters.kind,
    hostCode: filters.host,
    startDate: filters.year ? { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) } : undefined,
    participants: filters.participant ? { some: { countryCode: filters.participant } } : undefined,
  };
}

const timelineSelect = {
  ...eventListSelect,
  summaryRu: true,
  summaryEn: true,
  updatedAt: true,
  version: true,
  // The five Central Asian states first, then partners (Azerbaijan from the VII meeting on).
  participants: { select: { country: { select: countryNameSelect } }, orderBy: [{ country: { region: "asc" } }, { countryCode: "asc" }] },
  _count: {
    select: {
      documents: { where: { deletedAt: null } },
      initiatives: { where: { deletedAt: null } },
    },
  },
} satisfies Prisma.EventSelect;

export type TimelineEvent = Prisma.EventGetPayload<{ select: typeof timelineSelect }>;

/**
 * One page of the timeline: events matching the filters, newest first, with their
 * participants and how many documents and initiatives each produced; with their
 * citations when asked (the open-data API), loaded for the page's events only.
 */
export async function listTimeline(
  filters: EventFilters,
  request: PageRequest,
  options: { withCitations?: boolean } = {},
): Promise<PageOf<TimelineEvent & { citations?: CitationDto[] }>> {
  const where = timelineWhere(filters);
  const select = options.withCitations ? { ...timelineSelect, citations: citationsRelation } : timelineSelect;
  return readPage(
    request,
    (window) => prisma.event.findMany({ where, orderBy: [{ startDate: "desc" }, { id: "asc" }], ...window, select }),
    () => prisma.event.count({ where }),
  );
}

/** The values the timeline can be filtered by: years with events, hosts and participants. */
export async function getTimelineFilterOptions() {
  const [years, countries] = await Promise.all([
    prisma.$queryRaw<{ year: number }[]>`SELECT DISTINCT extract(year FROM "startDate")::int AS year FROM "Event" WHERE "deletedAt" IS NULL ORDER BY year DESC`,
    prisma.country.findMany({
      where: { OR: [{ hostedEvents: { some: { deletedAt: null } } }, { eventParticipants: { some: {} } }] },
      select: { ...countryNameSelect, hostedEvents: { where: { deletedAt: null }, select: { id: true }, take: 1 } },
      orderBy: { code: "asc" },
    }),
  ]);
  const hosts = countries.filter((c) => c.hostedEvents.length > 0).map(({ hostedEvents: _, ...c }) => c);
  const participants = countries.map(({ hostedEvents: _, ...c }) => c);
  return { years: years.map((row) => row.year), hosts, participants };
}

const eventDetailSelect = {
  ...timelineSelect,
  updatedAt: true,
  citations: citationsRelation,
  documents: {
    where: { deletedAt: null },
    orderBy: [{ adoption: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      titleRu: true,
      titleEn: true,
      type: true,
      adoption: true,
      approvedBy: { select: { id: true, titleRu: true, titleEn: true } },
      citations: citationsRelation,
    },
  },
  initiatives: {
    where: { deletedAt: null },
    orderBy: [{ proposerCode: "asc" }, { id: "asc" }],
    select: {
      id: true,
      titleRu: true,
      titleEn: true,
      sector: true,
      status: true,
      proposer: { select: countryNameSelect },
      proposerPersonRu: true,
      proposerPersonEn: true,
      // When it was last looked at: "not checked since …".
      statusChanges: { orderBy: [{ changedOn: "desc" }, { createdAt: "desc" }], take: 1, select: { changedOn: true, changedPrecision: true } },
    },
  },
  targets: {
    where: { deletedAt: null },
    orderBy: { valueUsd: "asc" },
    select: {
      id: true,
      scope: true,
      valueUsd: true,
      horizonRu: true,
      horizonEn: true,
      setByRu: true,
      setByEn: true,
      countryA: { select: countryNameSelect },
      countryB: { select: countryNameSelect },
      baselineValueUsd: true,
      baselineIsLowerBound: true,
      baselineFigure: { select: { id: true, periodStart: true, periodEnd: true, periodInferred: true } },
      citations: citationsRelation,
    },
  },
  targetRestatements: {
    orderBy: { statedOn: "asc" },
    select: {
      id: true,
      statedOn: true,
      statedByRu: true,
      statedByEn: true,
      target: { select: { id: true, valueUsd: true, scope: true, horizonRu: true, horizonEn: true } },
      citations: citationsRelation,
    },
  },
  statistics: {
    where: { deletedAt: null },
    orderBy: { id: "asc" },
    select: {
      id: true,
      labelRu: true,
      labelEn: true,
      value: true,
      unit: true,
      isLowerBound: true,
      isApproximate: true,
      citations: citationsRelation,
    },
  },
} satisfies Prisma.EventSelect;

export type EventDetail = Prisma.EventGetPayload<{ select: typeof eventDetailSelect }>;

/** One event with everything announced there, or null for an unknown slug. */
export async function getEventBySlug(slug: string): Promise<EventDetail | null> {
  if (!isRecordKey(slug)) return null;
  return prisma.event.findFirst({ where: { slug, deletedAt: null }, select: eventDetailSelect });
}

const meetingLinkSelect = { slug: true, ordinal: true, titleRu: true, titleEn: true, startDate: true } satisfies Prisma.EventSelect;

/** The Consultative Meetings just before and just after a date. */
export async function getAdjacentMeetings(event: { id: string; startDate: Date }) {
  const base = { kind: "CONSULTATIVE_MEETING", deletedAt: null, id: { not: event.id } } satisfies Prisma.EventWhereInput;
  const [previous, next] = await Promise.all([
    prisma.event.findFirst({ where: { ...base, startDate: { lt: event.startDate } }, orderBy: { startDate: "desc" }, select: meetingLinkSelect }),
    prisma.event.findFirst({ where: { ...base, startDate: { gt: event.startDate } }, orderBy: { startDate: "asc" }, select: meetingLinkSelect }),
  ]);
  return { previous, next };
}

/**
 * The events a trade chart marks on its time axis: every Consultative Meeting, and any other
 * event where a target was set. Oldest first.
 */
export function listChartMarkers() {
  return prisma.event.findMany({
    where: { deletedAt: null, OR: [{ kind: "CONSULTATIVE_MEETING" }, { targets: { some: { deletedAt: null } } }] },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, kind: true, ordinal: true, titleRu: true, titleEn: true, startDate: true },
  });
}

const { events, documents, initiatives, targets, trade, sources, ventures } = CACHE_TAGS;

/** The summit queries through the data cache (lib/cache.ts), for the pages. */
export const cachedSummits = {
  getLatestConsultativeMeeting: cachedQuery("summits.getLatestConsultativeMeeting", getLatestConsultativeMeeting, [events]),
  listTimeline: cachedQuery("summits.listTimeline", listTimeline, [events, documents, initiatives]),
  getTimelineFilterOptions: cachedQuery("summits.getTimelineFilterOptions", getTimelineFilterOptions, [events]),
  getEventBySlug: cachedQuery("summits.getEventBySlug", getEventBySlug, [events, documents, initiatives, targets, trade, sources, ventures]),
  getAdjacentMeetings: cachedQuery("summits.getAdjacentMeetings", getAdjacentMeetings, [events]),
  listChartMarkers: cachedQuery("summits.listChartMarkers", listChartMarkers, [events, targets]),
};

// The workspace's reads: uncached, so staff see their own writes at once.

/** Events to pick from in the record forms, newest first. */
export function listEventOptions() {
  return prisma.event.findMany({
    where: { deletedAt: null },
    select: { id: true, titleRu: true, titleEn: true, startDate: true },
    orderBy: { startDate: "desc" },
  });
}

export async function listStaffEvents({ q, page }: { q?: string; page: number }) {
  const where: Prisma.EventWhereInput = {
    deletedAt: null,
    ...(q ? { OR: [{ titleRu: containsText(q) }, { titleEn: containsText(q) }, { slug: containsText(q) }] } : {}),
  };
  return readPage(
    { page, pageSize: STAFF_PAGE_SIZE },
    (window) =>
      prisma.event.findMany({
        where,
        orderBy: [{ startDate: "desc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          slug: true,
          kind: true,
          titleRu: true,
          titleEn: true,
          startDate: true,
          datePrecision: true,
          updatedAt: true,
          _count: { select: { documents: { where: { deletedAt: null } } } },
        },
      }),
    () => prisma.event.count({ where }),
  );
}

/** A live event with its edit form's values and its live documents. */
export function getEventForEdit(id: string) {
  return prisma.event.findFirst({
    where: { id, deletedAt: null },
    include: {
      participants: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
      citations: citationsForEdit,
      documents: {
        where: { deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, titleRu: true, titleEn: true, type: true, adoption: true, approvedByDocumentId: true },
      },
    },
  });
}
