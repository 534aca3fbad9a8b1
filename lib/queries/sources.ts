import "server-only";
import { prisma } from "@/lib/db";
import { isRecordKey } from "@/lib/validation/filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import { containsText, readPage, STAFF_PAGE_SIZE, type PageOf, type PageRequest } from "@/lib/paging";

const sourceSelect = {
  id: true,
  kind: true,
  titleRu: true,
  titleEn: true,
  publisher: true,
  author: true,
  publishedOn: true,
  publishedPrecision: true,
  publishedOnInferred: true,
  language: true,
  url: true,
  fileName: true,
} satisfies Prisma.SourceSelect;

const sourceListSelect = { ...sourceSelect, _count: { select: { citations: true } } } satisfies Prisma.SourceSelect;

export type SourceListItem = Prisma.SourceGetPayload<{ select: typeof sourceListSelect }>;

/** One page of the bibliography: sources with how many facts cite them, articles first, newest first. */
export async function listSources(request: PageRequest): Promise<PageOf<SourceListItem>> {
  const where = { deletedAt: null } satisfies Prisma.SourceWhereInput;
  return readPage(
    request,
    (window) =>
      prisma.source.findMany({
        where,
        orderBy: [{ kind: "asc" }, { publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        ...window,
        select: sourceListSelect,
      }),
    () => prisma.source.count({ where }),
  );
}

const named = { select: { id: true, titleRu: true, titleEn: true } } as const;

// Each citation points at exactly one record (CHECK "Citation_one_record"); the page
// names that record and links to it where the portal has a page for it.
const citedRecordSelect = {
  id: true,
  quote: true,
  quoteEn: true,
  noteRu: true,
  noteEn: true,
  country: { select: { code: true, nameRu: true, nameEn: true } },
  event: { select: { slug: true, titleRu: true, titleEn: true } },
  document: { select: { id: true, titleRu: true, titleEn: true, event: { select: { slug: true } } } },
  initiative: named,
  statusChange: { select: { status: true, changedOn: true, changedPrecision: true, initiative: named } },
  venture: { select: { id: true, nameRu: true, nameEn: true } },
  tradeFigure: {
    select: {
      id: true,
      scope: true,
      valueUsd: true,
      isLowerBound: true,
      growthPercent: true,
      periodStart: true,
      periodEnd: true,
      countryACode: true,
      countryBCode: true,
      countryA: { select: { nameRu: true, nameEn: true } },
      countryB: { select: { nameRu: true, nameEn: true } },
    },
  },
  target: { select: { id: true, scope: true, valueUsd: true } },
  targetRestatement: { select: { statedOn: true, target: { select: { id: true, scope: true, valueUsd: true } } } },
  statistic: { select: { id: true, labelRu: true, labelEn: true, event: { select: { slug: true } } } },
} satisfies Prisma.CitationSelect;

export type CitedRecord = Prisma.CitationGetPayload<{ select: typeof citedRecordSelect }>;

/** A source page lists at most this many of its facts: a statistics release can be cited by thousands of figures. */
export const CITED_SHOWN = 200;

/** One source with the first CITED_SHOWN citations of it, the record each supports, and how many there are; or null. */
export async function getSource(id: string) {
  if (!isRecordKey(id)) return null;
  return prisma.source.findFirst({
    where: { id, deletedAt: null },
    select: {
      ...sourceSelect,
      updatedAt: true,
      citations: { select: citedRecordSelect, orderBy: { id: "asc" }, take: CITED_SHOWN },
      _count: { select: { citations: true } },
    },
  });
}

// A source page lists every fact that cites it (and the list counts them), so any cited
// record can change it: the import adds sources with the ventures or figures it writes.
export const SOURCE_TAGS = [
  CACHE_TAGS.sources,
  CACHE_TAGS.events,
  CACHE_TAGS.documents,
  CACHE_TAGS.initiatives,
  CACHE_TAGS.ventures,
  CACHE_TAGS.trade,
  CACHE_TAGS.targets,
];

/** The source queries through the data cache (lib/cache.ts), for the pages. */
export const cachedSources = {
  listSources: cachedQuery("sources.listSources", listSources, SOURCE_TAGS),
  getSource: cachedQuery("sources.getSource", getSource, SOURCE_TAGS),
};

// The workspace's reads: uncached, so staff see their own writes at once.

export async function listStaffSources({ q, page }: { q?: string; page: number }) {
  const where: Prisma.SourceWhereInput = {
    deletedAt: null,
    ...(q ? { OR: [{ titleRu: containsText(q) }, { titleEn: containsText(q) }, { publisher: containsText(q) }] } : {}),
  };
  return readPage(
    { page, pageSize: STAFF_PAGE_SIZE },
    (window) =>
      prisma.source.findMany({
        where,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          titleRu: true,
          titleEn: true,
          publisher: true,
          publishedOn: true,
          publishedPrecision: true,
          updatedAt: true,
          _count: { select: { citations: true } },
        },
      }),
    () => prisma.source.count({ where }),
  );
}

export function getSourceForEdit(id: string) {
  return prisma.source.findFirst({ where: { id, deletedAt: null }, include: { _count: { select: { citations: true } } } });
}
