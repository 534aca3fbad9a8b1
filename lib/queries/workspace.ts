import { prisma } from "@/lib/db";
import type { AuditAction, TradeScope } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ENTITIES, type EntityKey } from "@/lib/records/entities";
import { pageWindow, type PageRequest } from "@/lib/queries/paging";

// Reads for the staff workspace. Uncached: staff must see their own writes at once.

export const STAFF_PAGE_SIZE = 25;

/** The choices the record forms offer: countries, initiatives, documents, sources. */
export async function getFormOptions() {
  const [countries, initiatives, documents, sources] = await Promise.all([
    prisma.country.findMany({ select: { code: true, nameRu: true, nameEn: true }, orderBy: { code: "asc" } }),
    prisma.initiative.findMany({ where: { deletedAt: null }, select: { id: true, titleRu: true, titleEn: true }, orderBy: { titleEn: "asc" } }),
    prisma.eventDocument.findMany({ where: { deletedAt: null }, select: { id: true, titleRu: true, titleEn: true }, orderBy: { titleEn: "asc" } }),
    prisma.source.findMany({ where: { deletedAt: null }, select: { id: true, titleRu: true, titleEn: true, publisher: true }, orderBy: { publishedOn: "desc" } }),
  ]);
  return { countries, initiatives, documents, sources };
}

export type FormOptions = Awaited<ReturnType<typeof getFormOptions>>;

/** Ventures for the workspace list, newest change first, optionally matching a name. */
export async function listStaffVentures({ q, page }: { q?: string; page: number }) {
  const where: Prisma.JointVentureWhereInput = {
    deletedAt: null,
    ...(q ? { OR: [{ nameRu: { contains: q, mode: "insensitive" } }, { nameEn: { contains: q, mode: "insensitive" } }, { partners: { some: { companyName: { contains: q, mode: "insensitive" } } } }] } : {}),
  };
  const [items, total] = await Promise.all([
    prisma.jointVenture.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      ...pageWindow({ page, pageSize: STAFF_PAGE_SIZE }),
      select: { id: true, nameRu: true, nameEn: true, status: true, updatedAt: true, version: true, isSynthetic: true, partners: { select: { companyName: true, countryCode: true, secondCountryCode: true }, orderBy: { position: "asc" } } },
    }),
    prisma.jointVenture.count({ where }),
  ]);
  return { items, total, page, pageSize: STAFF_PAGE_SIZE };
}

/** A live venture with what its edit form shows, or null. */
export function getVentureForEdit(id: string) {
  return prisma.jointVenture.findFirst({
    where: { id, deletedAt: null },
    include: {
      partners: { orderBy: { position: "asc" } },
      citations: { select: { id: true, sourceId: true, quote: true, quoteEn: true }, orderBy: { id: "asc" } },
    },
  });
}

export type AuditFilters = { entity?: EntityKey | "user"; action?: AuditAction; userId?: string; entityId?: string; from?: Date; to?: Date };

/** Audit entries, newest first, with who made them. */
export async function listAudit(filters: AuditFilters, { page, pageSize }: PageRequest) {
  const where: Prisma.AuditLogWhereInput = {
    entity: filters.entity,
    action: filters.action,
    userId: filters.userId,
    entityId: filters.entityId,
    at: filters.from || filters.to ? { gte: filters.from, lt: filters.to } : undefined,
  };
  const [items, total] = await Promise.all([
    prisma.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      ...pageWindow({ page, pageSize }),
      select: { id: true, at: true, entity: true, entityId: true, action: true, before: true, after: true, user: { select: { name: true, email: true } } },
    }),
    prisma.auditLog.count({ where }),
  ]);
  return { items, total, page, pageSize };
}

/** Ids among `ids` of `entity` that are soft-deleted now (their DELETE can be undone). */
export async function deletedIds(entity: EntityKey, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "${ENTITIES[entity].table}" WHERE "id" = ANY($1) AND "deletedAt" IS NOT NULL`, ids);
  return new Set(rows.map((row) => row.id));
}

export function listUsers() {
  return prisma.user.findMany({ orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }] });
}

export type StaffTradeFigureFilters = { scope?: TradeScope; country?: string; page: number };

/** Trade figures for the workspace list, newest period first, optionally of one scope or country. */
export async function listStaffTradeFigures({ scope, country, page }: StaffTradeFigureFilters) {
  const where: Prisma.TradeFigureWhereInput = {
    deletedAt: null,
    scope,
    ...(country ? { OR: [{ countryACode: country }, { countryBCode: country }] } : {}),
  };
  const [items, total] = await Promise.all([
    prisma.tradeFigure.findMany({
      where,
      orderBy: [{ periodEnd: "desc" }, { periodStart: "desc" }, { id: "asc" }],
      ...pageWindow({ page, pageSize: STAFF_PAGE_SIZE }),
      select: {
        id: true,
        scope: true,
        countryACode: true,
        countryBCode: true,
        periodStart: true,
        periodEnd: true,
        valueUsd: true,
        isLowerBound: true,
        growthPercent: true,
        growthIsLowerBound: true,
        isSynthetic: true,
        updatedAt: true,
      },
    }),
    prisma.tradeFigure.count({ where }),
  ]);
  return { items, total, page, pageSize: STAFF_PAGE_SIZE };
}

/** A live trade figure with what its edit form shows, or null. */
export function getTradeFigureForEdit(id: string) {
  return prisma.tradeFigure.findFirst({
    where: { id, deletedAt: null },
    include: { citations: { select: { id: true, sourceId: true, quote: true, quoteEn: true }, orderBy: { id: "asc" } } },
  });
}
