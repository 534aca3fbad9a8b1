import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";
import { CACHE_TAGS, type CacheTag } from "@/lib/cache";
import type { SnapshotValue } from "@/lib/audit/diff";
import type { EntityKey } from "@/lib/entities";
import { isoDay } from "@/lib/format";
import { dateText } from "@/lib/validation/dated";

type Db = Prisma.TransactionClient | PrismaClient;
export type Snapshot = Record<string, SnapshotValue>;

const money = (value: Prisma.Decimal | null) => (value === null ? null : value.toFixed(2));
const sourcesOf = (citations: { sourceId: string; quote: string | null }[]) =>
  citations.map((citation) => (citation.quote ? `${citation.sourceId}: «${citation.quote}»` : citation.sourceId)).join("; ") || null;
const citationSelect = { select: { sourceId: true, quote: true }, orderBy: { id: "asc" } } as const;

/**
 * Every kind of record the workspace edits (lib/entities.ts): its table, the public cache tags
 * an edit expires, and the snapshot the audit log keeps (flat, so a diff reads field by field;
 * read for many records at once, as an import writes them).
 */
export const ENTITIES = {
  venture: {
    table: "JointVenture",
    tags: [CACHE_TAGS.ventures, CACHE_TAGS.initiatives, CACHE_TAGS.documents],
    async snapshots(db: Db, ids: string[]): Promise<[string, Snapshot][]> {
      const rows = await db.jointVenture.findMany({
        where: { id: { in: ids } },
        include: { partners: { orderBy: { position: "asc" } }, citations: citationSelect },
      });
      return rows.map((v) => [
        v.id,
        {
          nameRu: v.nameRu,
          nameEn: v.nameEn,
          partners: v.partners
            .map(
              (p) =>
                `${p.companyName ?? "—"} (${[p.countryCode, p.secondCountryCode].filter(Boolean).join("+") || "—"}${p.countryInferred ? ", inferred" : ""})`,
            )
            .join("; "),
          sector: v.sector,
          productsRu: v.productsRu,
          productsEn: v.productsEn,
          cityRu: v.cityRu,
          cityEn: v.cityEn,
          countryCode: v.countryCode,
          status: v.status,
          establishedOn: isoDay(v.establishedOn),
          establishedPrecision: v.establishedPrecision,
          investmentUsd: money(v.investmentUsd),
          initiativeId: v.initiativeId,
          agreementDocumentId: v.agreementDocumentId,
          sources: sourcesOf(v.citations),
          deletedAt: v.deletedAt?.toISOString() ?? null,
          version: v.version,
        },
      ]);
    },
  },
  tradeFigure: {
    table: "TradeFigure",
    tags: [CACHE_TAGS.trade, CACHE_TAGS.targets],
    async snapshots(db: Db, ids: string[]): Promise<[string, Snapshot][]> {
      const rows = await db.tradeFigure.findMany({ where: { id: { in: ids } }, include: { citations: citationSelect } });
      return rows.map((f) => [
        f.id,
        {
          scope: f.scope,
          countryACode: f.countryACode,
          countryBCode: f.countryBCode,
          periodStart: isoDay(f.periodStart),
          periodEnd: isoDay(f.periodEnd),
          periodInferred: f.periodInferred,
          valueUsd: money(f.valueUsd),
          isLowerBound: f.isLowerBound,
          growthPercent: f.growthPercent === null ? null : f.growthPercent.toFixed(2),
          growthIsLowerBound: f.growthIsLowerBound,
          growthOverYears: f.growthOverYears,
          noteRu: f.noteRu,
          noteEn: f.noteEn,
          sources: sourcesOf(f.citations),
          deletedAt: f.deletedAt?.toISOString() ?? null,
          version: f.version,
        },
      ]);
    },
  },
  initiative: {
    table: "Initiative",
    tags: [CACHE_TAGS.initiatives, CACHE_TAGS.events, CACHE_TAGS.ventures],
    async snapshots(db: Db, ids: string[]): Promise<[string, Snapshot][]> {
      const rows = await db.initiative.findMany({
        where: { id: { in: ids } },
        include: { citations: citationSelect, statusChanges: { orderBy: [{ changedOn: "asc" }, { createdAt: "asc" }] } },
      });
      return rows.map((i) => [
        i.id,
        {
          titleRu: i.titleRu,
          titleEn: i.titleEn,
          descriptionRu: i.descriptionRu,
          descriptionEn: i.descriptionEn,
          sector: i.sector,
          proposerCode: i.proposerCode,
          proposerPersonRu: i.proposerPersonRu,
          proposerPersonEn: i.proposerPersonEn,
          eventId: i.eventId,
          adoptedByDocumentId: i.adoptedByDocumentId,
          status: i.status,
          // "2026-11 IN_PROGRESS; 2027-05 checked IN_PROGRESS": a check says so.
          history:
            i.statusChanges.map((c) => `${dateText(c.changedOn, c.changedPrecision)} ${c.kind === "CHECK" ? "checked " : ""}${c.status}`).join("; ") || null,
          sources: sourcesOf(i.citations),
          deletedAt: i.deletedAt?.toISOString() ?? null,
          version: i.version,
        },
      ]);
    },
  },
  target: {
    table: "Target",
    tags: [CACHE_TAGS.targets, CACHE_TAGS.trade, CACHE_TAGS.events],
    async snapshots(db: Db, ids: string[]): Promise<[string, Snapshot][]> {
      const rows = await db.target.findMany({ where: { id: { in: ids } }, include: { citations: citationSelect } });
      return rows.map((t) => [
        t.id,
        {
          scope: t.scope,
          countryACode: t.countryACode,
          countryBCode: t.countryBCode,
          valueUsd: money(t.valueUsd),
          horizonRu: t.horizonRu,
          horizonEn: t.horizonEn,
          deadlineYear: t.deadlineYear,
          setOn: isoDay(t.setOn),
          setPrecision: t.setPrecision,
          setAtEventId: t.setAtEventId,
          setByRu: t.setByRu,
          setByEn: t.setByEn,
          noteRu: t.noteRu,
          noteEn: t.noteEn,
          sources: sourcesOf(t.citations),
          deletedAt: t.deletedAt?.toISOString() ?? null,
          version: t.version,
        },
      ]);
    },
  },
  event: {
    table: "Event",
    tags: [CACHE_TAGS.events, CACHE_TAGS.documents, CACHE_TAGS.initiatives, CACHE_TAGS.targets],
    async snapshots(db: Db, ids: string[]): Promise<[string, Snapshot][]> {
      const rows = await db.event.findMany({
        where: { id: { in: ids } },
        include: { citations: citationSelect, participants: { orderBy: { countryCode: "asc" } } },
      });
      return rows.map((e) => [
        e.id,
        {
          slug: e.slug,
          kind: e.kind,
          ordinal: e.ordinal,
          titleRu: e.titleRu,
          titleEn: e.titleEn,
          startDate: isoDay(e.startDate),
          endDate: isoDay(e.endDate),
          datePrecision: e.datePrecision,
          dateInferred: e.dateInferred,
          cityRu: e.cityRu,
          cityEn: e.cityEn,
          hostCode: e.hostCode,
          participants: e.participants.map((p) => p.countryCode).join(", ") || null,
          summaryRu: e.summaryRu,
          summaryEn: e.summaryEn,
          sources: sourcesOf(e.citations),
          deletedAt: e.deletedAt?.toISOString() ?? null,
          version: e.version,
        },
      ]);
    },
  },
  document: {
    table: "EventDocument",
    tags: [CACHE_TAGS.documents, CACHE_TAGS.events, CACHE_TAGS.initiatives],
    async snapshots(db: Db, ids: string[]): Promise<[string, Snapshot][]> {
      const rows = await db.eventDocument.findMany({ where: { id: { in: ids } }, include: { citations: citationSelect } });
      return rows.map((d) => [
        d.id,
        {
          eventId: d.eventId,
          titleRu: d.titleRu,
          titleEn: d.titleEn,
          type: d.type,
          adoption: d.adoption,
          approvedByDocumentId: d.approvedByDocumentId,
          sources: sourcesOf(d.citations),
          deletedAt: d.deletedAt?.toISOString() ?? null,
          version: d.version,
        },
      ]);
    },
  },
  source: {
    table: "Source",
    tags: [CACHE_TAGS.all],
    async snapshots(db: Db, ids: string[]): Promise<[string, Snapshot][]> {
      const rows = await db.source.findMany({ where: { id: { in: ids } } });
      return rows.map((s) => [
        s.id,
        {
          titleRu: s.titleRu,
          titleEn: s.titleEn,
          kind: s.kind,
          publisher: s.publisher,
          author: s.author,
          publishedOn: isoDay(s.publishedOn),
          publishedPrecision: s.publishedPrecision,
          language: s.language,
          url: s.url,
          deletedAt: s.deletedAt?.toISOString() ?? null,
          version: s.version,
        },
      ]);
    },
  },
} as const satisfies Record<EntityKey, { table: string; tags: readonly CacheTag[]; snapshots: (db: Db, ids: string[]) => Promise<[string, Snapshot][]> }>;

/** The audit snapshots of many records of a kind, read in one query; a missing id has none. */
export async function snapshotsOf(db: Db, entity: EntityKey, ids: string[]): Promise<Map<string, Snapshot>> {
  return new Map(ids.length === 0 ? [] : await ENTITIES[entity].snapshots(db, ids));
}

/** One record's audit snapshot, or null when there is no such record. */
export async function snapshotOf(db: Db, entity: EntityKey, id: string): Promise<Snapshot | null> {
  return (await snapshotsOf(db, entity, [id])).get(id) ?? null;
}
