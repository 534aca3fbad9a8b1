import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import { publicChanges, type PublicEntity } from "@/lib/audit/public-changes";
import type { FieldChange } from "@/lib/audit/diff";
import type { TradeScope } from "@/lib/generated/prisma/enums";
import type { Decimal } from "@/lib/decimal";
import type { PageOf } from "@/lib/paging";
import { SYNTHETIC_ID_PREFIX } from "@/lib/synthetic/random";
import type { FollowFilters } from "@/lib/validation/follow";

// The public part of the audit log, for /[locale]/changes: saves of the records the public
// pages show, of records that are live now, never who made them.

export const CHANGES_PAGE_SIZE = 25;

type CountryName = { nameRu: string; nameEn: string } | null;

/** What a record is called: a title in both languages, or a figure's or target's series. */
export type RecordName =
  | { type: "titled"; ru: string; en: string }
  | { type: "figure"; scope: TradeScope; countryA: CountryName; countryB: CountryName; periodStart: Date; periodEnd: Date }
  | { type: "target"; scope: TradeScope; countryA: CountryName; countryB: CountryName; valueUsd: Decimal };

export type PublicChange = {
  id: string;
  at: Date;
  entity: PublicEntity;
  action: "CREATE" | "UPDATE";
  /** The record's public page, without the locale. */
  path: string;
  /** The record as the public pages name it now. */
  record: RecordName;
  /** The fields the save changed that the public pages show (lib/audit/public-changes.ts). */
  changes: FieldChange[];
};

const SYN = `${SYNTHETIC_ID_PREFIX}%`;

/**
 * Per kind of record, the live ones the filters select, as SQL; null when none of that kind
 * belongs to the filters (a trade figure is of no summit; a source of no country).
 */
function liveIds(entity: PublicEntity, f: FollowFilters): Prisma.Sql | null {
  const and = (...parts: (Prisma.Sql | "" | null | false | undefined)[]) =>
    Prisma.join(
      parts.filter((p): p is Prisma.Sql => Boolean(p)),
      " AND ",
    );
  const summitEvent = f.summit && Prisma.sql`(SELECT id FROM "Event" WHERE slug = ${f.summit})`;
  const summitInitiatives = f.summit && Prisma.sql`(SELECT id FROM "Initiative" WHERE "eventId" IN ${summitEvent})`;
  switch (entity) {
    case "event":
      if (f.initiative) return null;
      return Prisma.sql`SELECT e.id FROM "Event" e WHERE ${and(
        Prisma.sql`e."deletedAt" IS NULL AND e.id NOT LIKE ${SYN}`,
        f.summit && Prisma.sql`e.slug = ${f.summit}`,
        f.country &&
          Prisma.sql`(e."hostCode" = ${f.country} OR EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = e.id AND p."countryCode" = ${f.country}))`,
      )}`;
    case "initiative":
      return Prisma.sql`SELECT i.id FROM "Initiative" i WHERE ${and(
        Prisma.sql`i."deletedAt" IS NULL AND i.id NOT LIKE ${SYN}`,
        f.summit && Prisma.sql`i."eventId" IN ${summitEvent}`,
        f.initiative && Prisma.sql`i.id = ${f.initiative}`,
        f.country && Prisma.sql`i."proposerCode" = ${f.country}`,
      )}`;
    case "venture":
      return Prisma.sql`SELECT v.id FROM "JointVenture" v WHERE ${and(
        Prisma.sql`v."deletedAt" IS NULL AND NOT v."isSynthetic"`,
        f.summit &&
          Prisma.sql`(v."initiativeId" IN ${summitInitiatives} OR v."agreementDocumentId" IN (SELECT id FROM "EventDocument" WHERE "eventId" IN ${summitEvent}))`,
        f.initiative && Prisma.sql`v."initiativeId" = ${f.initiative}`,
        f.country && Prisma.sql`${f.country} = ANY(v.countries)`,
      )}`;
    case "tradeFigure":
      if (f.summit || f.initiative) return null;
      return Prisma.sql`SELECT t.id FROM "TradeFigure" t WHERE ${and(
        Prisma.sql`t."deletedAt" IS NULL AND NOT t."isSynthetic"`,
        f.country && Prisma.sql`(t."countryACode" = ${f.country} OR t."countryBCode" = ${f.country})`,
      )}`;
    case "target":
      if (f.initiative) return null;
      return Prisma.sql`SELECT t.id FROM "Target" t WHERE ${and(
        Prisma.sql`t."deletedAt" IS NULL`,
        f.summit && Prisma.sql`t."setAtEventId" IN ${summitEvent}`,
        f.country && Prisma.sql`(t."countryACode" = ${f.country} OR t."countryBCode" = ${f.country})`,
      )}`;
    case "document":
      if (f.country) return null;
      return Prisma.sql`SELECT d.id FROM "EventDocument" d JOIN "Event" e ON e.id = d."eventId" WHERE ${and(
        Prisma.sql`d."deletedAt" IS NULL AND e."deletedAt" IS NULL`,
        f.summit && Prisma.sql`e.slug = ${f.summit}`,
        f.initiative && Prisma.sql`d.id IN (SELECT "adoptedByDocumentId" FROM "Initiative" WHERE id = ${f.initiative})`,
      )}`;
    case "source":
      if (f.summit || f.initiative || f.country) return null;
      return Prisma.sql`SELECT s.id FROM "Source" s WHERE s."deletedAt" IS NULL`;
  }
}

const PUBLIC_ENTITIES: PublicEntity[] = ["event", "initiative", "venture", "tradeFigure", "target", "document", "source"];

type Row = { id: string; at: Date; entity: PublicEntity; entityId: string; action: "CREATE" | "UPDATE"; before: unknown; after: unknown };

/**
 * The saves since `since` (from that day on) of the public records the filters follow, newest
 * first, a page at a time: additions and edits of records that are live now (a deleted record's
 * entries never show, nor deletions), never accounts, imports' bookkeeping or saved layouts,
 * and never who saved. Each carries only the fields the public pages show.
 */
export async function listPublicChanges(filters: FollowFilters & { since: Date }, page: number): Promise<PageOf<PublicChange>> {
  const kinds = PUBLIC_ENTITIES.flatMap((entity) => {
    const ids = liveIds(entity, filters);
    return ids ? [Prisma.sql`(a.entity = ${entity} AND a."entityId" IN (${ids}))`] : [];
  });
  const where = Prisma.sql`a.at >= ${filters.since} AND a.action IN ('CREATE', 'UPDATE') AND (${Prisma.join(kinds, " OR ")})`;
  const [rows, counted] = await Promise.all([
    prisma.$queryRaw<Row[]>`SELECT a.id, a.at, a.entity, a."entityId", a.action::text AS action, a.before, a.after
      FROM "AuditLog" a WHERE ${where}
      ORDER BY a.at DESC, a.id DESC LIMIT ${CHANGES_PAGE_SIZE} OFFSET ${(page - 1) * CHANGES_PAGE_SIZE}`,
    prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "AuditLog" a WHERE ${where}`,
  ]);
  const described = await describe(rows);
  return {
    items: rows.flatMap((row) => {
      const record = described(row);
      // Deleted between the two queries: its entries are gone, as a deleted record's are.
      if (!record) return [];
      return [{ id: row.id, at: row.at, entity: row.entity, action: row.action, ...record, changes: publicChanges(snapshot(row.before), snapshot(row.after)) }];
    }),
    total: Number(counted[0]?.count ?? 0),
    page,
    pageSize: CHANGES_PAGE_SIZE,
  };
}

function snapshot(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

const country = { select: { nameRu: true, nameEn: true } } as const;

/**
 * Each entry's record as the public pages name it now, and its page: one query per kind on
 * the page of entries (a save that touched only some fields has no name in its snapshot).
 */
async function describe(rows: Row[]): Promise<(row: Row) => { path: string; record: RecordName } | null> {
  const ids = (entity: PublicEntity) => [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId))];
  const find = <T>(entity: PublicEntity, query: (ids: string[]) => Promise<T[]>) => (ids(entity).length ? query(ids(entity)) : Promise.resolve([] as T[]));
  const titled = { id: true, titleRu: true, titleEn: true } as const;
  const [events, initiatives, ventures, figures, targets, documents, sources] = await Promise.all([
    find("event", (id) => prisma.event.findMany({ where: { id: { in: id } }, select: { ...titled, slug: true } })),
    find("initiative", (id) => prisma.initiative.findMany({ where: { id: { in: id } }, select: titled })),
    find("venture", (id) => prisma.jointVenture.findMany({ where: { id: { in: id } }, select: { id: true, nameRu: true, nameEn: true } })),
    find("tradeFigure", (id) =>
      prisma.tradeFigure.findMany({
        where: { id: { in: id } },
        select: { id: true, scope: true, countryACode: true, countryBCode: true, countryA: country, countryB: country, periodStart: true, periodEnd: true },
      }),
    ),
    find("target", (id) =>
      prisma.target.findMany({ where: { id: { in: id } }, select: { id: true, scope: true, countryA: country, countryB: country, valueUsd: true } }),
    ),
    find("document", (id) => prisma.eventDocument.findMany({ where: { id: { in: id } }, select: { ...titled, event: { select: { slug: true } } } })),
    find("source", (id) => prisma.source.findMany({ where: { id: { in: id } }, select: titled })),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  const [event, initiative, venture, figure, target, document, source] = [
    byId(events),
    byId(initiatives),
    byId(ventures),
    byId(figures),
    byId(targets),
    byId(documents),
    byId(sources),
  ];
  // The rows were selected as live records of these kinds; one deleted since is not found.
  return (row) => {
    const id = row.entityId;
    switch (row.entity) {
      case "event": {
        const e = event.get(id);
        if (!e) return null;
        return { path: `/summits/${e.slug}`, record: { type: "titled", ru: e.titleRu, en: e.titleEn } };
      }
      case "initiative": {
        const i = initiative.get(id);
        if (!i) return null;
        return { path: `/initiatives/${id}`, record: { type: "titled", ru: i.titleRu, en: i.titleEn } };
      }
      case "venture": {
        const v = venture.get(id);
        if (!v) return null;
        return { path: `/ventures/${id}`, record: { type: "titled", ru: v.nameRu, en: v.nameEn } };
      }
      case "tradeFigure": {
        const f = figure.get(id);
        if (!f) return null;
        const series = [f.scope, f.countryACode, f.countryBCode].filter(Boolean).join("-");
        return { path: `/trade?series=${series}`, record: { type: "figure", ...f } };
      }
      case "target": {
        const t = target.get(id);
        if (!t) return null;
        return { path: `/targets/${id}`, record: { type: "target", ...t } };
      }
      case "document": {
        const d = document.get(id);
        if (!d) return null;
        return { path: `/documents?event=${d.event.slug}#${id}`, record: { type: "titled", ru: d.titleRu, en: d.titleEn } };
      }
      case "source": {
        const s = source.get(id);
        if (!s) return null;
        return { path: `/sources/${id}`, record: { type: "titled", ru: s.titleRu, en: s.titleEn } };
      }
    }
  };
}

export const cachedChanges = {
  listPublicChanges: cachedQuery("changes.listPublicChanges", listPublicChanges, Object.values(CACHE_TAGS)),
};
