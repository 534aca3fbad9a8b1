import "server-only";
import type { CitationsInput, NewSource } from "@/lib/validation/citations";
import type { Actor } from "@/lib/auth/permissions";
import { insertRecord, invalid, type Tx } from "@/lib/records/mutation";

type CitedRecord =
  | { ventureId: string }
  | { tradeFigureId: string }
  | { initiativeId: string }
  | { statusChangeId: string }
  | { targetId: string }
  | { eventId: string }
  | { documentId: string };

/**
 * Makes a record's citations what the form says: keeps and updates the listed ones,
 * removes the rest, adds new rows, and creates the new source if one was entered (audited
 * as the sources page's save is, under `actor`).
 * Notes on kept citations are left as they were. Unknown sources or citation ids that
 * belong to another record are refused as forged.
 */
export async function saveCitations(tx: Tx, actor: Actor, record: CitedRecord, input: CitationsInput): Promise<void> {
  const sourceIds = [...new Set(input.citations.map((c) => c.sourceId))];
  const known = await tx.source.findMany({ where: { id: { in: sourceIds }, deletedAt: null }, select: { id: true } });
  const knownIds = new Set(known.map((s) => s.id));
  input.citations.forEach((c, index) => {
    if (!knownIds.has(c.sourceId)) invalid({ [`citations.${index}.sourceId`]: { key: "validation.unknownRecord" } });
  });

  const existing = await tx.citation.findMany({ where: record, select: { id: true } });
  const existingIds = new Set(existing.map((c) => c.id));
  input.citations.forEach((c, index) => {
    if (c.id && !existingIds.has(c.id)) invalid({ [`citations.${index}.sourceId`]: { key: "validation.unknownRecord" } });
  });

  const keptIds = input.citations.flatMap((c) => (c.id ? [c.id] : []));
  await tx.citation.deleteMany({ where: { ...record, id: { notIn: keptIds } } });
  for (const c of input.citations) {
    if (c.id) await tx.citation.update({ where: { id: c.id }, data: { sourceId: c.sourceId, quote: c.quote, quoteEn: c.quoteEn } });
    else await tx.citation.create({ data: { ...record, sourceId: c.sourceId, quote: c.quote, quoteEn: c.quoteEn } });
  }
  if (input.newSource) await tx.citation.create({ data: { ...record, sourceId: await createTypedSource(tx, actor, input.newSource) } });
}

/** A source typed into a record's form: created and audited as the sources page saves one. */
export async function createTypedSource(tx: Tx, actor: Actor, source: NewSource): Promise<string> {
  const { title, publisher, publishedOn, publishedPrecision, url, language } = source;
  const created = await insertRecord(tx, actor, "source", async (inner) => {
    return (await inner.source.create({ data: { titleRu: title, titleEn: title, publisher, publishedOn, publishedPrecision, url, language } })).id;
  });
  return created.id;
}
