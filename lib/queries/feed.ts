import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import { SYNTHETIC_ID_PREFIX } from "@/lib/synthetic/random";
import type { FollowFilters } from "@/lib/validation/follow";

// What the Atom feeds (/[locale]/feed.atom) are made of: the newest public records of four
// kinds, each with the date the portal recorded it and its first cited source.

/** How many entries a feed holds: the newest, across every kind. */
export const FEED_LIMIT = 50;

const sourceSelect = { select: { id: true, titleRu: true, titleEn: true, publisher: true, url: true } } as const;
// A record's first citation names the source an entry carries.
const firstSource = { select: { source: sourceSelect }, orderBy: { id: "asc" }, take: 1 } as const;
const named = { select: { code: true, nameRu: true, nameEn: true } } as const;
// Events and initiatives have no isSynthetic column: their synthetic rows' ids say so.
const notSynthetic = { not: { startsWith: SYNTHETIC_ID_PREFIX } } as const;
const liveInitiative = { deletedAt: null, id: notSynthetic } satisfies Prisma.InitiativeWhereInput;

const eventSelect = {
  id: true,
  slug: true,
  kind: true,
  titleRu: true,
  titleEn: true,
  startDate: true,
  datePrecision: true,
  createdAt: true,
  updatedAt: true,
  citations: firstSource,
} satisfies Prisma.EventSelect;

const statusSelect = {
  id: true,
  kind: true,
  noPublicInformation: true,
  status: true,
  changedOn: true,
  changedPrecision: true,
  noteRu: true,
  noteEn: true,
  createdAt: true,
  initiative: { select: { id: true, titleRu: true, titleEn: true } },
  citations: firstSource,
} satisfies Prisma.InitiativeStatusChangeSelect;

const ventureSelect = {
  id: true,
  nameRu: true,
  nameEn: true,
  status: true,
  establishedOn: true,
  establishedPrecision: true,
  createdAt: true,
  updatedAt: true,
  citations: firstSource,
} satisfies Prisma.JointVentureSelect;

const figureSelect = {
  id: true,
  scope: true,
  countryA: named,
  countryB: named,
  reporterCode: true,
  flow: true,
  frequency: true,
  periodStart: true,
  periodEnd: true,
  valueUsd: true,
  releasedOn: true,
  createdAt: true,
  updatedAt: true,
  citations: firstSource,
  // The value the latest revision replaced, to say "was …".
  revisions: { select: { valueUsd: true, releasedOn: true }, orderBy: [{ replacedAt: "desc" }, { id: "desc" }], take: 1 },
} satisfies Prisma.TradeFigureSelect;

export type FeedSource = Prisma.SourceGetPayload<typeof sourceSelect>;

/** One entry of a feed, in both languages: what happened to which record, when the portal recorded it. */
export type FeedEntry =
  | ({ type: "event"; updated: Date } & Prisma.EventGetPayload<{ select: typeof eventSelect }>)
  | ({ type: "status"; updated: Date } & Prisma.InitiativeStatusChangeGetPayload<{ select: typeof statusSelect }>)
  | ({ type: "venture"; updated: Date } & Prisma.JointVentureGetPayload<{ select: typeof ventureSelect }>)
  | ({ type: "tradeFigure"; updated: Date } & Prisma.TradeFigureGetPayload<{ select: typeof figureSelect }>);

// Each kind's records a filter selects; null: none of that kind belongs to it (a trade
// figure is of no summit, an event of no initiative).
function eventWhere(f: FollowFilters): Prisma.EventWhereInput | null {
  if (f.initiative) return null;
  return {
    deletedAt: null,
    id: notSynthetic,
    slug: f.summit,
    ...(f.country && { OR: [{ hostCode: f.country }, { participants: { some: { countryCode: f.country } } }] }),
  };
}

function statusWhere(f: FollowFilters): Prisma.InitiativeStatusChangeWhereInput {
  return {
    initiativeId: f.initiative,
    initiative: { ...liveInitiative, event: f.summit ? { slug: f.summit } : undefined, proposerCode: f.country },
  };
}

function ventureWhere(f: FollowFilters): Prisma.JointVentureWhereInput {
  return {
    deletedAt: null,
    isSynthetic: false,
    initiativeId: f.initiative,
    countries: f.country ? { has: f.country } : undefined,
    // A venture belongs to a summit through the initiative proposed there or the agreement signed there.
    ...(f.summit && { OR: [{ initiative: { ...liveInitiative, event: { slug: f.summit } } }, { agreementDocument: { event: { slug: f.summit } } }] }),
  };
}

function figureWhere(f: FollowFilters): Prisma.TradeFigureWhereInput | null {
  if (f.summit || f.initiative) return null;
  return {
    deletedAt: null,
    isSynthetic: false,
    ...(f.country && { OR: [{ countryACode: f.country }, { countryBCode: f.country }] }),
  };
}

/**
 * The newest `limit` entries (at most FEED_LIMIT) the filters follow, newest first: events
 * and ventures by when they were last saved, status changes and checks by when they were
 * recorded, trade figures by when they were added or last revised. One bounded query per kind.
 */
export async function listFeedEntries(filters: FollowFilters, limit = FEED_LIMIT): Promise<FeedEntry[]> {
  const take = Math.min(limit, FEED_LIMIT);
  const [events, statuses, ventures, figures] = await Promise.all([
    withWhere(eventWhere(filters), (where) => prisma.event.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take, select: eventSelect })),
    prisma.initiativeStatusChange.findMany({ where: statusWhere(filters), orderBy: [{ createdAt: "desc" }, { id: "asc" }], take, select: statusSelect }),
    prisma.jointVenture.findMany({ where: ventureWhere(filters), orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take, select: ventureSelect }),
    withWhere(figureWhere(filters), (where) =>
      prisma.tradeFigure.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take, select: figureSelect }),
    ),
  ]);
  const entries: FeedEntry[] = [
    ...events.map((e) => ({ ...e, type: "event" as const, updated: e.updatedAt })),
    ...statuses.map((s) => ({ ...s, type: "status" as const, updated: s.createdAt })),
    ...ventures.map((v) => ({ ...v, type: "venture" as const, updated: v.updatedAt })),
    ...figures.map((f) => ({ ...f, type: "tradeFigure" as const, updated: f.updatedAt })),
  ];
  // Newest first; records saved in the same instant (a seed, an import) in a fixed order.
  return entries.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.type.localeCompare(b.type) || a.id.localeCompare(b.id)).slice(0, take);
}

async function withWhere<Where, Row>(where: Where | null, query: (where: Where) => Promise<Row[]>): Promise<Row[]> {
  return where ? query(where) : [];
}

/** What a feed follows, by name in both languages; null when a filter names no public record. */
export type FollowSubject = {
  summit?: { slug: string; titleRu: string; titleEn: string };
  initiative?: { id: string; titleRu: string; titleEn: string };
  country?: { code: string; nameRu: string; nameEn: string };
};

export async function getFollowSubject(filters: FollowFilters): Promise<FollowSubject | null> {
  const [summit, initiative, country] = await Promise.all([
    filters.summit
      ? prisma.event.findFirst({ where: { slug: filters.summit, deletedAt: null, id: notSynthetic }, select: { slug: true, titleRu: true, titleEn: true } })
      : undefined,
    filters.initiative
      ? prisma.initiative.findFirst({ where: { AND: [{ id: filters.initiative }, liveInitiative] }, select: { id: true, titleRu: true, titleEn: true } })
      : undefined,
    filters.country ? prisma.country.findUnique({ where: { code: filters.country }, select: named.select }) : undefined,
  ]);
  if (summit === null || initiative === null || country === null) return null;
  return { summit, initiative, country };
}

// The feeds show every kind of record, and name sources: any of these changing changes them.
const feedTags = [CACHE_TAGS.events, CACHE_TAGS.initiatives, CACHE_TAGS.ventures, CACHE_TAGS.trade, CACHE_TAGS.sources] as const;

export const cachedFeed = {
  listFeedEntries: cachedQuery("feed.listFeedEntries", listFeedEntries, feedTags),
  getFollowSubject: cachedQuery("feed.getFollowSubject", getFollowSubject, feedTags),
};
