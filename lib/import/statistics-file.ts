import "server-only";
import { prisma } from "@/lib/db";
import { CACHE_TAGS, expireTags } from "@/lib/cache";
import { ENTITIES } from "@/lib/records/entities";
import type { Actor } from "@/lib/auth/permissions";
import {
  planStatisticsImport,
  runStatisticsImport,
  undoStatisticsImport,
  type ImportDone,
  type ImportPlan,
  type ImportRefusal,
  type StatisticsUpload,
  type UndoResult,
} from "@/lib/records/trade-imports";
import { listImportLayouts } from "@/lib/records/import-layouts";

// The workspace's imports of official statistics against the portal's database
// (lib/records/trade-imports.ts); once one commits, the pages showing trade figures and
// sources expire.

export type { StatisticsUpload };

/** The layouts staff saved, by name, for the import's form. */
export function savedLayouts() {
  return listImportLayouts(prisma);
}

const TAGS = [...ENTITIES.tradeFigure.tags, CACHE_TAGS.sources];

export function checkStatistics(actor: Actor, upload: StatisticsUpload): Promise<ImportPlan | ImportRefusal> {
  return planStatisticsImport(prisma, actor, upload);
}

export async function importStatistics(
  actor: Actor,
  upload: StatisticsUpload,
  options: { skipWrong: boolean; onProgress: (done: number, total: number) => void },
): Promise<ImportDone | ImportRefusal> {
  const result = await runStatisticsImport(prisma, actor, upload, options);
  if (result.ok) expireTags(TAGS);
  return result;
}

export async function undoStatistics(actor: Actor | null, importId: string): Promise<UndoResult> {
  const result = await undoStatisticsImport(prisma, actor, importId);
  if (result.ok) expireTags(TAGS);
  return result;
}

/** The latest imports, newest first, for the workspace's history with its undo buttons. */
export function listStatisticsImports(take = 20) {
  return prisma.tradeImport.findMany({
    orderBy: { at: "desc" },
    take,
    select: {
      id: true,
      at: true,
      preset: true,
      fileName: true,
      added: true,
      revised: true,
      unchanged: true,
      skipped: true,
      undoneAt: true,
      user: { select: { name: true } },
      undoneBy: { select: { name: true } },
      source: { select: { id: true, titleEn: true, publisher: true, publishedOn: true } },
    },
  });
}
