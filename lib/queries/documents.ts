import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { citationsForEdit, citationsRelation } from "@/lib/queries/citations";
import { readPage, type PageOf, type PageRequest } from "@/lib/paging";
import type { DocumentFilters } from "@/lib/validation/filters";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";

const documentListSelect = {
  id: true,
  titleRu: true,
  titleEn: true,
  type: true,
  adoption: true,
  event: { select: { slug: true, titleRu: true, titleEn: true, startDate: true, endDate: true, datePrecision: true, dateInferred: true } },
  approvedBy: { select: { id: true, titleRu: true, titleEn: true } },
  adoptsInitiatives: { where: { deletedAt: null }, select: { id: true, titleRu: true, titleEn: true }, orderBy: { id: "asc" } },
  ventures: { where: { deletedAt: null }, select: { id: true, nameRu: true, nameEn: true }, orderBy: { id: "asc" } },
  citations: citationsRelation,
} satisfies Prisma.EventDocumentSelect;

export type DocumentListItem = Prisma.EventDocumentGetPayload<{ select: typeof documentListSelect }>;

/** One page of the documents signed or approved, newest event first, signed before approved within an event. */
export async function listDocuments(filters: DocumentFilters, request: PageRequest): Promise<PageOf<DocumentListItem>> {
  const where = {
    deletedAt: null,
    type: filters.type,
    event: filters.event ? { slug: filters.event } : undefined,
  } satisfies Prisma.EventDocumentWhereInput;
  return readPage(
    request,
    (window) =>
      prisma.eventDocument.findMany({
        where,
        orderBy: [{ event: { startDate: "desc" } }, { adoption: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        ...window,
        select: documentListSelect,
      }),
    () => prisma.eventDocument.count({ where }),
  );
}

/** Events with documents and the document types present, for the filter menus. */
export async function getDocumentFilterOptions() {
  const [events, types] = await Promise.all([
    prisma.event.findMany({
      where: { deletedAt: null, documents: { some: { deletedAt: null } } },
      orderBy: { startDate: "desc" },
      select: { slug: true, titleRu: true, titleEn: true },
    }),
    prisma.eventDocument.groupBy({ by: ["type"], where: { deletedAt: null }, orderBy: { type: "asc" } }),
  ]);
  return { events, types: types.map((t) => t.type) };
}

const tags = [CACHE_TAGS.documents, CACHE_TAGS.events, CACHE_TAGS.initiatives, CACHE_TAGS.ventures, CACHE_TAGS.sources];

/** The document queries through the data cache (lib/cache.ts), for the pages. */
export const cachedDocuments = {
  listDocuments: cachedQuery("documents.listDocuments", listDocuments, tags),
  getDocumentFilterOptions: cachedQuery("documents.getDocumentFilterOptions", getDocumentFilterOptions, tags),
};

// The workspace's reads: uncached, so staff see their own writes at once.

/** A live document of a live event, with its event and the event's other documents. */
export function getDocumentForEdit(id: string) {
  return prisma.eventDocument.findFirst({
    where: { id, deletedAt: null, event: { deletedAt: null } },
    include: {
      citations: citationsForEdit,
      event: {
        select: {
          id: true,
          titleRu: true,
          titleEn: true,
          documents: { where: { deletedAt: null, id: { not: id } }, select: { id: true, titleRu: true, titleEn: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
}
