import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const eventListSelect = {
  id: true,
  slug: true,
  kind: true,
  ordinal: true,
  titleRu: true,
  titleEn: true,
  startDate: true,
  endDate: true,
  dateInferred: true,
  cityRu: true,
  cityEn: true,
  host: { select: { code: true, nameRu: true, nameEn: true } },
  participants: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
} satisfies Prisma.EventSelect;

export type EventListItem = Prisma.EventGetPayload<{ select: typeof eventListSelect }>;

const MAX_PAGE_SIZE = 200;

/** Events newest first, paginated with a capped page size. */
export async function listEvents(options: { page?: number; pageSize?: number } = {}) {
  const pageSize = Math.min(Math.max(options.pageSize ?? 100, 1), MAX_PAGE_SIZE);
  const page = Math.max(options.page ?? 1, 1);
  const where = { deletedAt: null } satisfies Prisma.EventWhereInput;
  const [items, total] = await Promise.all([
    prisma.event.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: eventListSelect,
    }),
    prisma.event.count({ where }),
  ]);
  return { items, total, page, pageSize };
}

/** The most recent Consultative Meeting of the heads of state. */
export async function getLatestConsultativeMeeting(): Promise<EventListItem | null> {
  return prisma.event.findFirst({
    where: { kind: "CONSULTATIVE_MEETING", deletedAt: null },
    orderBy: { startDate: "desc" },
    select: eventListSelect,
  });
}
