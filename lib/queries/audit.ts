import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityKey } from "@/lib/entities";
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
        select: { id: true, at: true, entity: true, entityId: true, action: true, before: true, after: true, user: { select: { name: true, email: true } } },
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
