import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { searchPortal, searchSql, type SearchHit } from "@/lib/queries/search";
import { searchTerms } from "@/lib/search-text";
import { fillSyntheticData } from "@/lib/synthetic";
import { syntheticVenture } from "@/lib/synthetic/ventures";

afterAll(() => prisma.$disconnect());

// Issue 7's sizes, as `npm run db:synth` writes them (trade figures play no part in search).
const COUNTS = { ventures: 100_000, figures: 0, events: 2_000, initiatives: 20_000 };

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };

/** Every node of an EXPLAIN (FORMAT JSON) plan: what it does and to which table. */
const scans = (node: PlanNode): { type: string; relation: string | undefined }[] => [
  { type: node["Node Type"], relation: node["Relation Name"] },
  ...(node.Plans ?? []).flatMap(scans),
];

// The big tables are only ever read through an index (events are also joined whole for their dates).
const bigTableSeqScans = (plan: PlanNode) => scans(plan).filter((scan) => scan.type.endsWith("Seq Scan") && (scan.relation === "JointVenture" || scan.relation === "Initiative"));

const keys = (hits: SearchHit[], kind: SearchHit["kind"]) => hits.filter((h) => h.kind === kind).map((h) => h.key);

describe("search over 100,000 ventures, 2,000 events and 20,000 initiatives", () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const started = performance.now();
    await fillSyntheticData(client, COUNTS, { seed: 5 });
    console.log(`db:synth's fill at the issue's sizes (without trade figures): ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // As the bench does in its own database: search hides synthetic ventures, so at this
    // size it would see the five seeded ones only. The derived columns are right already.
    await client.query(`BEGIN; SET LOCAL session_replication_role = replica; UPDATE "JointVenture" SET "isSynthetic" = false WHERE id LIKE 'syn-%'; COMMIT`);
    await client.query(`VACUUM ANALYZE "JointVenture"`);
  }, 240_000);

  afterAll(async () => {
    await client.query(`DELETE FROM "JointVenture" WHERE id LIKE 'syn-%'`);
    await client.query(`DELETE FROM "Initiative" WHERE id LIKE 'syn-%'`);
    await client.query(`DELETE FROM "Event" WHERE id LIKE 'syn-%'`);
    await client.end();
  });

  /** PostgreSQL's own time for the search statement: the fastest of five EXPLAIN ANALYZE runs (a shared machine only adds). */
  async function explainSearch(query: string): Promise<{ ms: number; planningMs: number; executionMs: number; plan: PlanNode }> {
    const sql = searchSql(searchTerms(query));
    const runs: { ms: number; planningMs: number; executionMs: number; plan: PlanNode }[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql.text}`, sql.values);
      const [{ "QUERY PLAN": [root] }] = rows as [{ "QUERY PLAN": [{ "Planning Time": number; "Execution Time": number; Plan: PlanNode }] }];
      runs.push({ ms: root["Planning Time"] + root["Execution Time"], planningMs: root["Planning Time"], executionMs: root["Execution Time"], plan: root.Plan });
    }
    return runs.sort((a, b) => a.ms - b.ms)[0]!;
  }

  // The plan, not the clock: a wall-clock limit fails at random on a shared machine. The
  // issue's 100 ms is the bench's goal for /en/search?q=water (npm run bench).
  it.each([
    ["water", "Initiative_searchVectorEn_idx"],
    ["водные ресурсы", "Initiative_searchVectorRu_idx"],
  ])("answers %s from the search indexes without reading a big table whole (EXPLAIN ANALYZE)", async (query, index) => {
    const { planningMs, executionMs, plan } = await explainSearch(query);
    console.log(`search "${query}" over ${COUNTS.ventures} ventures, ${COUNTS.initiatives} initiatives: planning ${planningMs.toFixed(1)} ms + execution ${executionMs.toFixed(1)} ms`);
    expect(JSON.stringify(plan)).toContain(index);
    expect(bigTableSeqScans(plan)).toEqual([]);
  });

  // 10,000 ventures make "solar panels"; all of them are ranked for the best 20, which is the
  // cost of this search at this size: logged here, not held to the 100 ms of the issue.
  it("reads the 10,000 ventures that match a common product through the indexes and ranks the named ones first", async () => {
    const { planningMs, executionMs, plan } = await explainSearch("solar panels");
    console.log(`search "solar panels" (10,000 matching ventures): planning ${planningMs.toFixed(1)} ms + execution ${executionMs.toFixed(1)} ms`);
    expect(JSON.stringify(plan)).toContain("JointVenture_searchVectorEn_idx");
    expect(bigTableSeqScans(plan)).toEqual([]);
    const ventures = (await searchPortal("solar panels")).hits.filter((h) => h.kind === "venture");
    expect(ventures).toHaveLength(20);
    expect(ventures.every((h) => h.titleEn.endsWith("solar panels"))).toBe(true);
  });

  it("ranks initiatives named after the word first, the seeded one among them", async () => {
    const { hits } = await searchPortal("water");
    const initiatives = hits.filter((h) => h.kind === "initiative");
    expect(initiatives).toHaveLength(20);
    expect(initiatives.every((h) => h.titleEn.toLowerCase().includes("water"))).toBe(true);
    expect(keys(hits, "initiative")).toContain("ini-vii-water");
  });

  it("finds a venture by its partner's name and a synthetic event by its number", async () => {
    const venture = syntheticVenture(4320, 5);
    // Its neighbours match too: "004320" is one letter off "004321", a misspelling to forgive.
    expect(keys((await searchPortal(venture.partners[1]!.companyName)).hits, "venture")[0]).toBe(venture.id);
    const { hits } = await searchPortal("синтетическое событие 001234");
    expect(keys(hits, "event")).toContainEqual(expect.stringMatching(/^syn-.*-5-001234$/));
  });

  it("still finds a misspelt city among 122,000 records", async () => {
    expect(keys((await searchPortal("Tashkend")).hits, "event")).toContain("consultative-meeting-7");
  });
});
