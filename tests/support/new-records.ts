import type { PrismaClient } from "@/lib/prisma-client";

/**
 * Remembers which trade figures, ventures and sources exist now and returns a function
 * that removes any added since (with the statistics imports that cite those sources), so later test files see the seeded registry (some count
 * its figures). Audit entries stay: they are history, and nothing counts them across files.
 */
export async function trackNewRecords(db: PrismaClient): Promise<() => Promise<void>> {
  const ids = async () => ({
    figures: (await db.tradeFigure.findMany({ select: { id: true } })).map((r) => r.id),
    ventures: (await db.jointVenture.findMany({ select: { id: true } })).map((r) => r.id),
    sources: (await db.source.findMany({ select: { id: true } })).map((r) => r.id),
  });
  const before = await ids();
  return async () => {
    const figures = { id: { notIn: before.figures } };
    const ventures = { id: { notIn: before.ventures } };
    const sources = { id: { notIn: before.sources } };
    // Imports of statistics first: their revisions and the imports themselves hold their sources.
    await db.tradeImport.deleteMany({ where: { source: sources } });
    await db.citation.deleteMany({ where: { OR: [{ tradeFigure: figures }, { venture: ventures }, { source: sources }] } });
    await db.tradeFigure.deleteMany({ where: figures });
    await db.jointVenture.deleteMany({ where: ventures });
    await db.source.deleteMany({ where: sources });
  };
}
