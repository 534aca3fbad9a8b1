import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { editPath, type EntityKey } from "@/lib/entities";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { countryNames } from "@/lib/queries/countries";
import { referenceKey, type Reference, type ReferenceKind } from "@/lib/audit/references";
import { ENTITIES } from "@/lib/records/entities";
import { readPage, type PageRequest } from "@/lib/paging";
import type { AuditFilters } from "@/lib/validation/audit";

// The audit log for the workspace: uncached, so staff see their own writes at once.

/** Audit entries, newest first, with who made them. */
export async function listAudit(filters: AuditFilters, request: PageRequest) {
  const where: Prisma.AuditLogWhereInput = {
    entity: filters.entity,
    action: filters.action,
    userId: filters.userId,
    entityId: filters.entityId,
    at: filters.from || filters.to ? { gte: filters.from, lt: filters.to } : undefined,
  };
  return readPage(
    request,
    (window) =>
      prisma.auditLog.findMany({
        where,
        orderBy: [{ at: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          at: true,
          entity: true,
          entityId: true,
          action: true,
          before: true,
          after: true,
          note: true,
          user: { select: { name: true, email: true } },
        },
      }),
    () => prisma.auditLog.count({ where }),
  );
}

/** Ids among `ids` of `entity` that are soft-deleted now (their DELETE can be undone). */
export async function deletedIds(entity: EntityKey, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM "${ENTITIES[entity].table}" WHERE "id" = ANY($1) AND "deletedAt" IS NOT NULL`,
    ids,
  );
  return new Set(rows.map((row) => row.id));
}

export type ReferenceName = { name: string; href: string | null };

/**
 * The names, in the reader's language, of the records and countries the entries' snapshots
 * name (lib/audit/references.ts), each linked to where staff edit it; one query per kind.
 */
export async function referenceNames(refs: readonly Reference[], locale: Locale): Promise<Map<string, ReferenceName>> {
  const ids = (kind: ReferenceKind) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
  const titled = { id: true, titleRu: true, titleEn: true } as const;
  const [initiatives, documents, events, sources, countries] = await Promise.all([
    ids("initiative").length ? prisma.initiative.findMany({ where: { id: { in: ids("initiative") } }, select: titled }) : [],
    ids("document").length ? prisma.eventDocument.findMany({ where: { id: { in: ids("document") } }, select: titled }) : [],
    ids("event").length ? prisma.event.findMany({ where: { id: { in: ids("event") } }, select: titled }) : [],
    ids("source").length ? prisma.source.findMany({ where: { id: { in: ids("source") } }, select: titled }) : [],
    ids("country").length ? countryNames(locale) : ({} as Record<string, string>),
  ]);
  const names = new Map<string, ReferenceName>();
  const add = (kind: Exclude<ReferenceKind, "country">, rows: { id: string; titleRu: string; titleEn: string }[]) => {
    for (const row of rows) names.set(referenceKey({ kind, id: row.id }), { name: localized(locale, row.titleRu, row.titleEn), href: editPath(kind, row.id) });
  };
  add("initiative", initiatives);
  add("document", documents);
  add("event", events);
  add("source", sources);
  for (const [code, name] of Object.entries(countries)) names.set(referenceKey({ kind: "country", id: code }), { name, href: null });
  return names;
}
