import "server-only";
import { prisma } from "@/lib/db";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";

export type SitemapRecord = { path: string; updatedAt: Date };

// One sitemap file holds at most 50,000 addresses; each record has two (ru, en).
const MAX_PER_KIND = 10_000;

/**
 * Every public record page without its locale ("/summits/consultative-meeting-7") and when the
 * record last changed, as the pages show them: deleted and synthetic rows are left out.
 */
export async function listSitemapRecords(): Promise<SitemapRecord[]> {
  const live = { deletedAt: null };
  const pick = { select: { id: true, updatedAt: true }, orderBy: { id: "asc" as const }, take: MAX_PER_KIND };
  const [events, initiatives, ventures, sources, targets] = await Promise.all([
    prisma.event.findMany({ where: live, select: { slug: true, updatedAt: true }, orderBy: { startDate: "asc" }, take: MAX_PER_KIND }),
    prisma.initiative.findMany({ where: live, ...pick }),
    prisma.jointVenture.findMany({ where: { ...live, isSynthetic: false }, ...pick }),
    prisma.source.findMany({ where: live, ...pick }),
    prisma.target.findMany({ where: live, ...pick }),
  ]);
  return [
    ...events.map((e) => ({ path: `/summits/${e.slug}`, updatedAt: e.updatedAt })),
    ...initiatives.map((r) => ({ path: `/initiatives/${r.id}`, updatedAt: r.updatedAt })),
    ...ventures.map((r) => ({ path: `/ventures/${r.id}`, updatedAt: r.updatedAt })),
    ...sources.map((r) => ({ path: `/sources/${r.id}`, updatedAt: r.updatedAt })),
    ...targets.map((r) => ({ path: `/targets/${r.id}`, updatedAt: r.updatedAt })),
  ];
}

export const cachedSitemap = {
  listSitemapRecords: cachedQuery("sitemap.listSitemapRecords", listSitemapRecords, [CACHE_TAGS.all]),
};
