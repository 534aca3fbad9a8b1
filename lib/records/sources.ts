import "server-only";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/permissions";
import { sourceInputSchema, sourceUpdateSchema, type SourceInput } from "@/lib/validation/source-input";
import { createRecord, mutate, updateRecord, type MutationResult, type Tx } from "@/lib/records/mutation";

/** Adds a source to the bibliography (EDITOR and ADMIN). */
export function createSource(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:create", sourceInputSchema, input, (allowed, data) =>
    createRecord(db, allowed, "source", async (tx) => (await tx.source.create({ data: columns(data) })).id),
  );
}

/** Saves an edit made from `version`; refused with what changed if someone saved since. */
export function updateSource(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:update", sourceUpdateSchema, input, (allowed, data) =>
    updateRecord(db, allowed, "source", data.id, data.version, async (tx: Tx) => {
      await tx.source.update({ where: { id: data.id }, data: columns(data) });
    }),
  );
}

function columns(data: SourceInput) {
  // A date typed by staff is the source's own date, not one inferred from context.
  return {
    titleRu: data.titleRu,
    titleEn: data.titleEn,
    kind: data.kind,
    publisher: data.publisher,
    author: data.author,
    publishedOn: data.publishedOn,
    publishedPrecision: data.publishedPrecision,
    publishedOnInferred: false,
    language: data.language,
    url: data.url,
  };
}
