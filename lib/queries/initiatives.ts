import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventKind, InitiativeStatus, Sector, StatusEntryKind } from "@/lib/generated/prisma/enums";
import { countryNameSelect } from "@/lib/queries/countries";
import { citationsForEdit, citationsRelation, type CitationDto } from "@/lib/queries/citations";
import { containsText, readPage, STAFF_PAGE_SIZE, type PageOf, type PageRequest } from "@/lib/paging";
import { isRecordKey, type InitiativeFilters } from "@/lib/validation/filters";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import { checkDueBefore } from "@/lib/metrics/checks";

/** Initiatives nobody has looked at (changed or checked) since the check interval began. */
const dueWhere = (today: Date) => ({ statusChanges: { none: { changedOn: { gte: checkDueBefore(today) } } } }) satisfies Prisma.InitiativeWhereInput;

const eventLinkSelect = { slug: true, titleRu: true, titleEn: true, startDate: true, datePrecision: true, dateInferred: true } satisfies Prisma.EventSelect;

const initiativeListSelect = {
  id: true,
  titleRu: true,
  titleEn: true,
  sector: true,
  status: true,
  proposer: { select: countryNameSelect },
  proposerPersonRu: true,
  proposerPersonEn: true,
  event: { select: eventLinkSelect },
  // The newest entry of the history: when it was last looked at.
  statusChanges: { orderBy: [{ changedOn: "desc" }, { createdAt: "desc" }], take: 1, select: { changedOn: true, changedPrecision: true } },
} satisfies Prisma.InitiativeSelect;

export type InitiativeListItem = Prisma.InitiativeGetPayload<{ select: typeof initiativeListSelect }>;

/**
 * One page of the initiatives matching the filters, newest event first; with their
 * citations when asked (the open-data API), loaded for the page's initiatives only.
 */
export async function listInitiatives(
  filters: InitiativeFilters,
  request: PageRequest,
  options: { withCitations?: boolean; withHistory?: boolean } = {},
): Promise<PageOf<InitiativeListItem & { citations?: CitationDto[]; history?: HistoryEntryDto[] }>> {
  const where = {
    deletedAt: null,
    sector: filters.sector,
    proposerCode: filters.proposer,
    status: filters.status,
    event: filters.event ? { slug: filters.event } : undefined,
    ...(filters.due ? dueWhere(new Date()) : {}),
  } satisfies Prisma.InitiativeWhereInput;
  const select = options.withCitations ? { ...initiativeListSelect, citations: citationsRelation } : initiativeListSelect;
  const page = await readPage(
    request,
    (window) => prisma.initiative.findMany({ where, orderBy: [{ event: { startDate: "desc" } }, { proposerCode: "asc" }, { id: "asc" }], ...window, select }),
    () => prisma.initiative.count({ where }),
  );
  if (!options.withHistory) return page;
  // The page's histories in one query.
  const entries = await prisma.initiativeStatusChange.findMany({
    where: { initiativeId: { in: page.items.map((i) => i.id) } },
    orderBy: historyOrder,
    select: { initiativeId: true, ...historyEntrySelect },
  });
  return { ...page, items: page.items.map((i) => ({ ...i, history: entries.filter((e) => e.initiativeId === i.id) })) };
}

/** The order of a history: oldest first, entries of one day in the order they were recorded. */
const historyOrder = [{ changedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }] satisfies Prisma.InitiativeStatusChangeOrderByWithRelationInput[];

const historyEntrySelect = {
  id: true,
  kind: true,
  status: true,
  changedOn: true,
  changedPrecision: true,
  noteRu: true,
  noteEn: true,
  noPublicInformation: true,
  citations: citationsRelation,
} satisfies Prisma.InitiativeStatusChangeSelect;

export type HistoryEntryDto = Prisma.InitiativeStatusChangeGetPayload<{ select: typeof historyEntrySelect }>;

export type StatusHistoryFilters = { initiative?: string; event?: string; proposer?: string; kind?: StatusEntryKind };

/**
 * The status-history dataset: one row per change or check of a public initiative, newest
 * first, with the initiative's names and the entry's sources.
 */
export async function listStatusHistory(filters: StatusHistoryFilters, request: PageRequest) {
  const where = {
    kind: filters.kind,
    initiative: {
      deletedAt: null,
      id: filters.initiative,
      proposerCode: filters.proposer,
      ...(filters.event ? { event: { slug: filters.event } } : {}),
    },
  } satisfies Prisma.InitiativeStatusChangeWhereInput;
  return readPage(
    request,
    (window) =>
      prisma.initiativeStatusChange.findMany({
        where,
        orderBy: [{ changedOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
        ...window,
        select: { ...historyEntrySelect, initiative: { select: { id: true, titleRu: true, titleEn: true } } },
      }),
    () => prisma.initiativeStatusChange.count({ where }),
  );
}

/** How many initiatives stand at each status, and how many nobody has looked at for the check interval. */
export type Scorecard = {
  total: number;
  byStatus: Record<InitiativeStatus, number>;
  /** Initiatives that got past "proposed": supported, in progress, adopted, implemented (or stalled after that). */
  movedOn: number;
  /** Not checked for CHECK_INTERVAL_MONTHS (lib/metrics/checks.ts). */
  due: number;
};

export type EventOutcome = Scorecard & { event: { slug: string; titleRu: string; titleEn: string; startDate: Date; kind: EventKind; ordinal: number | null } };

const NO_STATUSES: Record<InitiativeStatus, number> = { PROPOSED: 0, SUPPORTED: 0, IN_PROGRESS: 0, ADOPTED: 0, IMPLEMENTED: 0, STALLED: 0 };

/** How many events the outcome table shows at most, newest first; the event filter reaches any other. */
export const OUTCOME_EVENTS = 10;

/**
 * How many initiatives each event produced and where they stand now: the newest
 * OUTCOME_EVENTS events with initiatives (or the one event asked for), and how many
 * events have initiatives in all.
 */
export async function summarizeInitiativesByEvent(options: { event?: string; today?: Date } = {}): Promise<{ rows: EventOutcome[]; events: number }> {
  const where = { deletedAt: null, slug: options.event, initiatives: { some: { deletedAt: null } } } satisfies Prisma.EventWhereInput;
  const [events, count] = await Promise.all([
    prisma.event.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      take: OUTCOME_EVENTS,
      select: { id: true, slug: true, titleRu: true, titleEn: true, startDate: true, kind: true, ordinal: true },
    }),
    prisma.event.count({ where }),
  ]);
  const inEvents = { deletedAt: null, eventId: { in: events.map((e) => e.id) } } satisfies Prisma.InitiativeWhereInput;
  const [groups, due] = await Promise.all([
    prisma.initiative.groupBy({ by: ["eventId", "status"], where: inEvents, _count: { _all: true } }),
    prisma.initiative.groupBy({ by: ["eventId"], where: { ...inEvents, ...dueWhere(options.today ?? new Date()) }, _count: { _all: true } }),
  ]);
  const rows = events.map(({ id, ...event }) => ({
    event,
    ...scorecardOf(
      groups.filter((g) => g.eventId === id),
      due.find((g) => g.eventId === id),
    ),
  }));
  return { rows, events: count };
}

export type ScorecardDimension = "proposer" | "person" | "sector";
export type ScorecardRow = Scorecard & { proposerCode?: string | null; personRu?: string | null; personEn?: string | null; sector?: Sector };

const DIMENSION_FIELDS = {
  proposer: ["proposerCode"],
  person: ["proposerPersonRu", "proposerPersonEn"],
  sector: ["sector"],
} as const satisfies Record<ScorecardDimension, readonly (keyof Prisma.InitiativeGroupByOutputType)[]>;

/**
 * The scorecard of every proposing country, leader or sector: the initiatives of each
 * (of one event, when asked) by status, and how many are due for a check; most initiatives
 * first. A leader is the person the source names as proposing (null: none named).
 */
export async function scoreInitiatives(dimension: ScorecardDimension, options: { event?: string; today?: Date } = {}): Promise<ScorecardRow[]> {
  const fields = DIMENSION_FIELDS[dimension];
  const where = { deletedAt: null, ...(options.event ? { event: { slug: options.event } } : {}) } satisfies Prisma.InitiativeWhereInput;
  const [groups, due] = await Promise.all([
    prisma.initiative.groupBy({ by: [...fields, "status"], where, _count: { _all: true } }),
    prisma.initiative.groupBy({ by: [...fields], where: { ...where, ...dueWhere(options.today ?? new Date()) }, _count: { _all: true } }),
  ]);
  const keyOf = (row: Record<string, unknown>) => JSON.stringify(fields.map((field) => row[field] ?? null));
  const keys = [...new Map(groups.map((g) => [keyOf(g), g])).values()];
  return keys
    .map((first) => {
      const key = keyOf(first);
      const row = {
        proposerCode: "proposerCode" in first ? first.proposerCode : undefined,
        personRu: "proposerPersonRu" in first ? first.proposerPersonRu : undefined,
        personEn: "proposerPersonEn" in first ? first.proposerPersonEn : undefined,
        sector: "sector" in first ? first.sector : undefined,
      };
      return {
        ...row,
        ...scorecardOf(
          groups.filter((g) => keyOf(g) === key),
          due.find((g) => keyOf(g) === key),
        ),
      };
    })
    .sort((a, b) => b.total - a.total || JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function scorecardOf(groups: { status: InitiativeStatus; _count: { _all: number } }[], due: { _count: { _all: number } } | undefined): Scorecard {
  const byStatus = { ...NO_STATUSES };
  for (const group of groups) byStatus[group.status] += group._count._all;
  const total = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  return { total, byStatus, movedOn: total - byStatus.PROPOSED, due: due?._count._all ?? 0 };
}

/** How many events the event menu offers, newest first: a menu of thousands helps no one, and weighs on every page. */
export const EVENT_OPTIONS = 100;

/**
 * Proposing countries and events that have initiatives, for the filter menus: the newest
 * EVENT_OPTIONS events, and the selected one wherever it is (an event page links to its initiatives).
 */
export async function getInitiativeFilterOptions(options: { event?: string } = {}) {
  const eventOptionSelect = { slug: true, titleRu: true, titleEn: true } satisfies Prisma.EventSelect;
  const withInitiatives = { deletedAt: null, initiatives: { some: { deletedAt: null } } } satisfies Prisma.EventWhereInput;
  const [proposers, events, selected] = await Promise.all([
    prisma.country.findMany({ where: { initiatives: { some: { deletedAt: null } } }, select: countryNameSelect, orderBy: { code: "asc" } }),
    prisma.event.findMany({ where: withInitiatives, orderBy: [{ startDate: "desc" }, { id: "asc" }], take: EVENT_OPTIONS, select: eventOptionSelect }),
    options.event ? prisma.event.findFirst({ where: { ...withInitiatives, slug: options.event }, select: eventOptionSelect }) : null,
  ]);
  return { proposers, events: selected && !events.some((e) => e.slug === selected.slug) ? [...events, selected] : events };
}

const initiativeDetailSelect = {
  ...initiativeListSelect,
  updatedAt: true,
  descriptionRu: true,
  descriptionEn: true,
  event: { select: { ...eventLinkSelect, kind: true, ordinal: true } },
  adoptedByDocument: { select: { id: true, titleRu: true, titleEn: true, type: true, event: { select: eventLinkSelect } } },
  statusChanges: { orderBy: historyOrder, select: historyEntrySelect },
  ventures: {
    where: { deletedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, nameRu: true, nameEn: true, status: true, sector: true, partners: { select: { countryCode: true, secondCountryCode: true } } },
  },
  citations: citationsRelation,
} satisfies Prisma.InitiativeSelect;

export type InitiativeDetail = Prisma.InitiativeGetPayload<{ select: typeof initiativeDetailSelect }>;

/** One initiative with its status history and links, or null for an unknown id. */
export async function getInitiative(id: string): Promise<InitiativeDetail | null> {
  if (!isRecordKey(id)) return null;
  return prisma.initiative.findFirst({ where: { id, deletedAt: null }, select: initiativeDetailSelect });
}

const tags = [CACHE_TAGS.initiatives, CACHE_TAGS.events, CACHE_TAGS.documents, CACHE_TAGS.ventures, CACHE_TAGS.sources];

/** The initiative queries through the data cache (lib/cache.ts), for the pages. */
export const cachedInitiatives = {
  listInitiatives: cachedQuery("initiatives.listInitiatives", listInitiatives, tags),
  summarizeInitiativesByEvent: cachedQuery("initiatives.summarizeInitiativesByEvent", summarizeInitiativesByEvent, tags),
  scoreInitiatives: cachedQuery("initiatives.scoreInitiatives", scoreInitiatives, tags),
  getInitiativeFilterOptions: cachedQuery("initiatives.getInitiativeFilterOptions", getInitiativeFilterOptions, tags),
  getInitiative: cachedQuery("initiatives.getInitiative", getInitiative, tags),
};

// The workspace's reads: uncached, so staff see their own writes at once.

/** The workspace's initiatives, newest save first; `due`: only those nobody has checked for the check interval, longest unchecked first. */
export async function listStaffInitiatives({ q, page, due }: { q?: string; page: number; due?: boolean }) {
  const where: Prisma.InitiativeWhereInput = {
    deletedAt: null,
    ...(q ? { OR: [{ titleRu: containsText(q) }, { titleEn: containsText(q) }] } : {}),
    ...(due ? dueWhere(new Date()) : {}),
  };
  return readPage(
    { page, pageSize: STAFF_PAGE_SIZE },
    (window) =>
      prisma.initiative.findMany({
        where,
        orderBy: due ? [{ event: { startDate: "asc" } }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          titleRu: true,
          titleEn: true,
          status: true,
          updatedAt: true,
          event: { select: { titleRu: true, titleEn: true } },
          statusChanges: { orderBy: [{ changedOn: "desc" }, { createdAt: "desc" }], take: 1, select: { changedOn: true, changedPrecision: true } },
        },
      }),
    () => prisma.initiative.count({ where }),
  );
}

/** How many initiatives are due for a check, for the workspace's notice. */
export function countInitiativesDue(today = new Date()): Promise<number> {
  return prisma.initiative.count({ where: { deletedAt: null, ...dueWhere(today) } });
}

/** A live initiative with its edit form's values and its status history (oldest first). */
export function getInitiativeForEdit(id: string) {
  return prisma.initiative.findFirst({
    where: { id, deletedAt: null },
    include: {
      citations: citationsForEdit,
      statusChanges: {
        orderBy: [{ changedOn: "asc" }, { createdAt: "asc" }],
        include: { citations: { select: { quote: true, source: { select: { titleRu: true, titleEn: true } } } } },
      },
    },
  });
}
