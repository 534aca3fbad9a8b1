import type pg from "pg";

// The SQL the registry, the analyst lists and search send (seen with Prisma's query log), and
// PostgreSQL's plan for it: the integration tests check the plans, tests/scale holds the same
// statements to the times.

export type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };
export type Explained = { planningMs: number; executionMs: number; plan: PlanNode };

/** A statement run with EXPLAIN ANALYZE (the sort method is only known once it ran); of several runs the fastest, as other work on a shared machine only adds. */
export async function explainAnalyze(client: pg.Client, sql: string, values: unknown[] = [], times = 1): Promise<Explained> {
  const runs: Explained[] = [];
  for (let i = 0; i < times; i += 1) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, values);
    const [
      {
        "QUERY PLAN": [root],
      },
    ] = rows as [{ "QUERY PLAN": [{ "Planning Time": number; "Execution Time": number; Plan: PlanNode }] }];
    runs.push({ planningMs: root["Planning Time"], executionMs: root["Execution Time"], plan: root.Plan });
  }
  return runs.sort((a, b) => a.planningMs + a.executionMs - (b.planningMs + b.executionMs))[0]!;
}

/** The sequential scans of these tables anywhere in a plan. */
export function seqScans(node: PlanNode, tables: readonly string[]): string[] {
  const own = node["Node Type"].endsWith("Seq Scan") && tables.includes(node["Relation Name"] ?? "") ? [node["Relation Name"]!] : [];
  return [...own, ...(node.Plans ?? []).flatMap((child) => seqScans(child, tables))];
}

/** The venture registry's filters as listVentures writes them (`countries @> ARRAY[…]`, `"searchText" ILIKE …`). */
export const REGISTRY_FILTERS = {
  "pair + sector": `v."deletedAt" IS NULL AND v.countries @> ARRAY['KZ', 'UZ'] AND v.sector = 'AUTOMOTIVE'`,
  "country + search + year": `v."deletedAt" IS NULL AND v.countries @> ARRAY['TJ'] AND v."searchText" ILIKE '%solar%' AND v."establishedOn" >= '2020-01-01' AND v."establishedOn" < '2021-01-01'`,
};
export const registryPageSql = (where: string) =>
  `SELECT v.id FROM "JointVenture" v WHERE ${where} ORDER BY v."investmentUsd" DESC NULLS LAST, v.id LIMIT 25 OFFSET 100`;
export const registryTotalsSql = (where: string) => `SELECT count(*), count(v."investmentUsd"), sum(v."investmentUsd") FROM "JointVenture" v WHERE ${where}`;

// Prisma joins Event twice: once for the order, once for the event filter (unused joins are removed).
const INITIATIVES = `"Initiative" i LEFT JOIN "Event" e ON e.id = i."eventId" LEFT JOIN "Event" j0 ON j0.id = i."eventId"`;

/** Page 2 of the initiative list (50 a page, newest event first) and its count, under a filter. */
export const initiativePageSql = (where: string) =>
  `SELECT i.id FROM ${INITIATIVES} WHERE i."deletedAt" IS NULL ${where} ORDER BY e."startDate" DESC, i."proposerCode" ASC, i.id ASC LIMIT 50 OFFSET 50`;
export const initiativeCountSql = (where: string) => `SELECT count(*) FROM ${INITIATIVES} WHERE i."deletedAt" IS NULL ${where}`;

/** The initiative list's filters, each with the index that should serve it; the event filter names one event by its slug. */
export const initiativeFilters = (eventSlug: string) =>
  ({
    status: [`AND i.status = 'STALLED'`, /Initiative_status_idx/],
    event: [`AND j0.slug = '${eventSlug}' AND j0.id IS NOT NULL`, /Initiative_eventId_idx/],
    "proposer and sector": [`AND i."proposerCode" = 'TM' AND i.sector = 'WATER'`, /Initiative_(proposerCode|sector)_idx/],
  }) as const;

/** Page 2 of the timeline, all years and 2003 (a year of synthetic events only). */
export const TIMELINE_PAGE_SQL = `SELECT e.id FROM "Event" e WHERE e."deletedAt" IS NULL ORDER BY e."startDate" DESC, e.id ASC LIMIT 25 OFFSET 25`;
export const TIMELINE_YEAR_SQL = `SELECT e.id FROM "Event" e WHERE e."deletedAt" IS NULL AND e."startDate" >= '2003-01-01' AND e."startDate" < '2004-01-01' ORDER BY e."startDate" DESC, e.id ASC LIMIT 25 OFFSET 25`;
