import "server-only";
import { prisma } from "@/lib/db";
import { countryNameSelect } from "@/lib/queries/countries";

// Uncached, like every workspace read: a record saved a moment ago is offered at once.

/** The choices the record forms offer: countries, initiatives, documents, sources. */
export async function getFormOptions() {
  const [countries, initiatives, documents, sources] = await Promise.all([
    prisma.country.findMany({ select: countryNameSelect, orderBy: { code: "asc" } }),
    prisma.initiative.findMany({ where: { deletedAt: null }, select: { id: true, titleRu: true, titleEn: true }, orderBy: { titleEn: "asc" } }),
    prisma.eventDocument.findMany({ where: { deletedAt: null }, select: { id: true, titleRu: true, titleEn: true }, orderBy: { titleEn: "asc" } }),
    prisma.source.findMany({
      where: { deletedAt: null },
      select: { id: true, titleRu: true, titleEn: true, publisher: true },
      orderBy: { publishedOn: "desc" },
    }),
  ]);
  return { countries, initiatives, documents, sources };
}

export type FormOptions = Awaited<ReturnType<typeof getFormOptions>>;
