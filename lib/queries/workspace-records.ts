import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow } from "@/lib/queries/paging";
import { STAFF_PAGE_SIZE } from "@/lib/queries/workspace";

// Workspace reads for initiatives, sources, targets and events. Uncached, like the rest of the workspace.

const citationsForEdit = { select: { id: true, sourceId: true, quote: true, quoteEn: true }, orderBy: { id: "asc" } } as const;
const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });

/** Events to pick from in the record forms, newest first. */
export function listEventOptions() {
  return prisma.event.findMany({ where: { deletedAt: null }, select: { id: true, titleRu: true, titleEn: true, startDate: true }, orderBy: { startDate: "desc" } });
}

export async function listStaffInitiatives({ q, page }: { q?: string; page: number }) {
  const where: Prisma.InitiativeWhereInput = { deletedAt: null, ...(q ? { OR: [{ titleRu: contains(q) }, { titleEn: contains(q) }] } : {}) };
  const [items, total] = await Promise.all([
    prisma.initiative.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      ...pageWindow({ page, pageSize: STAFF_PAGE_SIZE }),
      select: { id: true, titleRu: true, titleEn: true, status: true, updatedAt: true, event: { select: { titleRu: true, titleEn: true } } },
    }),
    prisma.initiative.count({ where }),
  ]);
  return { items, total, page, pageSize: STAFF_PAGE_SIZE };
}

/** A live initiative with its edit form's values and its status history (oldest first). */
export function getInitiativeForEdit(id: string) {
  return prisma.initiative.findFirst({
    where: { id, deletedAt: null },
    include: {
      citations: citationsForEdit,
      statusChanges: {
        orderBy: [{ changedOn: "asc" }, { createdAt: "asc" }],
        include: { citations: { select: { quote: true, source: { select: { titleRu: true, titleEn: true } } } } },
      },
    },
  });
}

export async function listStaffSources({ q, page }: { q?: string; page: number }) {
  const where: Prisma.SourceWhereInput = { deletedAt: null, ...(q ? { OR: [{ titleRu: contains(q) }, { titleEn: contains(q) }, { publisher: contains(q) }] } : {}) };
  const [items, total] = await Promise.all([
    prisma.source.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      ...pageWindow({ page, pageSize: STAFF_PAGE_SIZE }),
      select: { id: true, titleRu: true, titleEn: true, publisher: true, publishedOn: true, updatedAt: true, _count: { select: { citations: true } } },
    }),
    prisma.source.count({ where }),
  ]);
  return { items, total, page, pageSize: STAFF_PAGE_SIZE };
}

export function getSourceForEdit(id: string) {
  return prisma.source.findFirst({ where: { id, deletedAt: null }, include: { _count: { select: { citations: true } } } });
}

export async function listStaffTargets({ q, page }: { q?: string; page: number }) {
  const where: Prisma.TargetWhereInput = { deletedAt: null, ...(q ? { OR: [{ horizonRu: contains(q) }, { horizonEn: contains(q) }, { setByRu: contains(q) }, { setByEn: contains(q) }] } : {}) };
  const [items, total] = await Promise.all([
    prisma.target.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      ...pageWindow({ page, pageSize: STAFF_PAGE_SIZE }),
      select: {
        id: true,
        scope: true,
        valueUsd: true,
        setOn: true,
        deadlineYear: true,
        updatedAt: true,
        countryA: { select: { nameRu: true, nameEn: true } },
        countryB: { select: { nameRu: true, nameEn: true } },
      },
    }),
    prisma.target.count({ where }),
  ]);
  return { items, total, page, pageSize: STAFF_PAGE_SIZE };
}

export function getTargetForEdit(id: string) {
  return prisma.target.findFirst({ where: { id, deletedAt: null }, include: { citations: citationsForEdit } });
}

export async function listStaffEvents({ q, page }: { q?: string; page: number }) {
  const where: Prisma.EventWhereInput = { deletedAt: null, ...(q ? { OR: [{ titleRu: contains(q) }, { titleEn: contains(q) }, { slug: contains(q) }] } : {}) };
  const [items, total] = await Promise.all([
    prisma.event.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      ...pageWindow({ page, pageSize: STAFF_PAGE_SIZE }),
      select: { id: true, slug: true, kind: true, titleRu: true, titleEn: true, startDate: true, updatedAt: true, _count: { select: { documents: { where: { deletedAt: null } } } } },
    }),
    prisma.event.count({ where }),
  ]);
  return { items, total, page, pageSize: STAFF_PAGE_SIZE };
}

/** A live event with its edit form's values and its live documents. */
export function getEventForEdit(id: string) {
  return prisma.event.findFirst({
    where: { id, deletedAt: null },
    include: {
      participants: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
      citations: citationsForEdit,
      documents: { where: { deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, titleRu: true, titleEn: true, type: true, adoption: true, approvedByDocumentId: true } },
    },
  });
}

/** A live document of a live event, with its event and the event's other documents. */
export function getDocumentForEdit(id: string) {
  return prisma.eventDocument.findFirst({
    where: { id, deletedAt: null, event: { deletedAt: null } },
    include: {
      citations: citationsForEdit,
      event: { select: { id: true, titleRu: true, titleEn: true, documents: { where: { deletedAt: null, id: { not: id } }, select: { id: true, titleRu: true, titleEn: true }, orderBy: { createdAt: "asc" } } } },
    },
  });
}
