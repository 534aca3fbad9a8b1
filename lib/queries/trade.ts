import { prisma } from "@/lib/db";
import { citationSelect } from "@/lib/queries/citations";
import type { Prisma } from "@/lib/generated/prisma/client";

const figureSelect = {
  id: true,
  scope: true,
  periodStart: true,
  periodEnd: true,
  periodInferred: true,
  valueUsd: true,
  isLowerBound: true,
  noteRu: true,
  noteEn: true,
  citations: { select: citationSelect },
} satisfies Prisma.TradeFigureSelect;

export type TradeFigureDto = Prisma.TradeFigureGetPayload<{ select: typeof figureSelect }>;

/** The most recent intra-regional trade value (figures with only a growth rate are skipped). */
export async function getLatestIntraRegionalFigure(): Promise<TradeFigureDto | null> {
  return prisma.tradeFigure.findFirst({
    where: { scope: "INTRA_REGIONAL", valueUsd: { not: null }, deletedAt: null, isSynthetic: false },
    orderBy: { periodEnd: "desc" },
    select: figureSelect,
  });
}

const targetSelect = {
  id: true,
  valueUsd: true,
  horizonRu: true,
  horizonEn: true,
  deadlineYear: true,
  baselineValueUsd: true,
  baselineIsLowerBound: true,
  setOn: true,
  setByRu: true,
  setByEn: true,
  setAtEvent: { select: { slug: true, titleRu: true, titleEn: true } },
  citations: { select: citationSelect },
} satisfies Prisma.TargetSelect;

export type TargetDto = Prisma.TargetGetPayload<{ select: typeof targetSelect }>;

/** Targets for intra-regional trade, in the order they were set. */
export async function listIntraRegionalTargets(): Promise<TargetDto[]> {
  return prisma.target.findMany({
    where: { scope: "INTRA_REGIONAL", deletedAt: null },
    orderBy: { setOn: "asc" },
    take: 50,
    select: targetSelect,
  });
}
