import "server-only";
import { prisma } from "@/lib/db";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import { citationsForEdit, citationsRelation } from "@/lib/queries/citations";
import { containsText, readPage, STAFF_PAGE_SIZE, type PageOf, type PageRequest } from "@/lib/paging";
import { countryNameSelect } from "@/lib/queries/countries";
import type { SeriesScope } from "@/lib/queries/trade";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TradeScope } from "@/lib/generated/prisma/enums";

// The trade targets governments set, each measured against a series of lib/queries/trade.ts.

const countrySelect = { select: countryNameSelect } as const;

const targetSelect = {
  id: true,
  scope: true,
  countryA: countrySelect,
  countryB: countrySelect,
  valueUsd: true,
  horizonRu: true,
  horizonEn: true,
  deadlineYear: true,
  baselineValueUsd: true,
  baselineIsLowerBound: true,
  baselineFigure: { select: { id: true, periodStart: true, periodEnd: true, periodInferred: true } },
  setOn: true,
  setPrecision: true,
  setByRu: true,
  setByEn: true,
  noteRu: true,
  noteEn: true,
  setAtEvent: { select: { slug: true, titleRu: true, titleEn: true, startDate: true } },
  citations: citationsRelation,
} satisfies Prisma.TargetSelect;

export type TargetDto = Prisma.TargetGetPayload<{ select: typeof targetSelect }>;

/**
 * A page of the targets (by default all of them: a few dozen), intra-regional first, then
 * bilateral, then partner–region (the enum's order), each scope in the order the targets were set.
 */
export async function listTargets(options: { scope?: TradeScope } = {}, request: PageRequest = { page: 1, pageSize: 100 }): Promise<PageOf<TargetDto>> {
  const where = { deletedAt: null, scope: options.scope } satisfies Prisma.TargetWhereInput;
  return readPage(
    request,
    (window) => prisma.target.findMany({ where, orderBy: [{ scope: "asc" }, { setOn: "asc" }, { id: "asc" }], ...window, select: targetSelect }),
    () => prisma.target.count({ where }),
  );
}

const targetDetailSelect = {
  ...targetSelect,
  updatedAt: true,
  restatements: {
    orderBy: { statedOn: "asc" },
    select: {
      id: true,
      statedOn: true,
      statedByRu: true,
      statedByEn: true,
      event: { select: { slug: true, titleRu: true, titleEn: true } },
      citations: citationsRelation,
    },
  },
} satisfies Prisma.TargetSelect;

export type TargetDetailDto = Prisma.TargetGetPayload<{ select: typeof targetDetailSelect }>;

/** One target with its restatements; null when there is no such (undeleted) target. */
export async function getTarget(id: string): Promise<TargetDetailDto | null> {
  return prisma.target.findFirst({ where: { id, deletedAt: null }, select: targetDetailSelect });
}

/** The series a target is measured against. */
export function targetSeries(target: { scope: TradeScope; countryA: { code: string } | null; countryB: { code: string } | null }): SeriesScope {
  return { scope: target.scope, countryACode: target.countryA?.code ?? null, countryBCode: target.countryB?.code ?? null };
}

// What the public pages read, through the data cache (lib/cache.ts): a target's page shows its event, its series and their sources.
const targetTags = [CACHE_TAGS.targets, CACHE_TAGS.events, CACHE_TAGS.trade, CACHE_TAGS.sources] as const;

export const cachedTargets = {
  listTargets: cachedQuery("targets.listTargets", listTargets, targetTags),
  getTarget: cachedQuery("targets.getTarget", getTarget, targetTags),
};

// The workspace's reads: uncached, so staff see their own writes at once.

export async function listStaffTargets({ q, page }: { q?: string; page: number }) {
  const where: Prisma.TargetWhereInput = {
    deletedAt: null,
    ...(q ? { OR: [{ horizonRu: containsText(q) }, { horizonEn: containsText(q) }, { setByRu: containsText(q) }, { setByEn: containsText(q) }] } : {}),
  };
  return readPage(
    { page, pageSize: STAFF_PAGE_SIZE },
    (window) =>
      prisma.target.findMany({
        where,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          scope: true,
          valueUsd: true,
          setOn: true,
          setPrecision: true,
          deadlineYear: true,
          updatedAt: true,
          countryA: { select: { nameRu: true, nameEn: true } },
          countryB: { select: { nameRu: true, nameEn: true } },
        },
      }),
    () => prisma.target.count({ where }),
  );
}

export function getTargetForEdit(id: string) {
  return prisma.target.findFirst({ where: { id, deletedAt: null }, include: { citations: citationsForEdit } });
}
