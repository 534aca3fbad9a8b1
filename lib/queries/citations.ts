import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What every page shows of a citation: the source and the quoted passage. */
export const citationSelect = {
  id: true,
  quote: true,
  quoteEn: true,
  noteRu: true,
  noteEn: true,
  source: {
    select: {
      id: true,
      kind: true,
      language: true,
      titleRu: true,
      titleEn: true,
      publisher: true,
      author: true,
      publishedOn: true,
      publishedPrecision: true,
      url: true,
    },
  },
} satisfies Prisma.CitationSelect;

export type CitationDto = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;

/** A record's citations in a stable order (seeded ids number them as the source lists them). */
export const citationsRelation = { select: citationSelect, orderBy: { id: "asc" } } as const;

/** A record's citations as its edit form holds them: which source, and the quote with its translation. */
export const citationsForEdit = { select: { id: true, sourceId: true, quote: true, quoteEn: true }, orderBy: { id: "asc" } } as const;
