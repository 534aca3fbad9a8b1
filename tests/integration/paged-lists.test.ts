import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { EVENT_OPTIONS, getInitiativeFilterOptions, listInitiatives, OUTCOME_EVENTS, summarizeInitiativesByEvent } from "@/lib/queries/initiatives";
import { getTimelineFilterOptions, listTimeline } from "@/lib/queries/summits";
import { removeSyntheticData } from "@/lib/synthetic";
import { insertSyntheticEvents, syntheticEvent } from "@/lib/synthetic/events";
import { insertSyntheticInitiatives, syntheticInitiative } from "@/lib/synthetic/initiatives";
import {
  explainAnalyze,
  initiativeCountSql,
  initiativeFilters,
  initiativePageSql,
  seqScans,
  TIMELINE_PAGE_SQL,
  TIMELINE_YEAR_SQL,
} from "@/tests/support/query-plans";

afterAll(() => prisma.$disconnect());

// Issue 7's size for the analyst lists: 2,000 events and 20,000 initiatives (db:synth).
const EVENTS = 2_000;
const INITIATIVES = 20_000;
const SEED = 5;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("the analyst lists with 2,000 events and 20,000 initiatives", () => {
  let client: pg.Client;
  let seededEvents = 0;
  const events = Array.from({ length: EVENTS }, (_, i) => syntheticEvent(i, SEED));
  const initiatives = Array.from({ length: INITIATIVES }, (_, i) => syntheticInitiative(i, SEED, EVENTS));

  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    seededEvents = await prisma.event.count({ where: { deletedAt: null } });
    await insertSyntheticEvents(client, { count: EVENTS, seed: SEED });
    await insertSyntheticInitiatives(client, { count: INITIATIVES, seed: SEED, eventCount: EVENTS });
    await client.query(`ANALYZE "Event"; ANALYZE "EventParticipant"; ANALYZE "Initiative"`);
  }, 60_000);

  afterAll(async () => {
    await removeSyntheticData(client);
    await client.end();
  });

  it("gives page 2 of a year's timeline as the generator's events 26–50 of that year, newest first, and counts every event", async () => {
    // The seed's events are from 2018 on: 2003 holds synthetic events only.
    const expected = events
      .filter((e) => e.startDate.startsWith("2003-"))
      .sort((a, b) => (a.startDate === b.startDate ? byId(a, b) : a.startDate < b.startDate ? 1 : -1));
    const page = await listTimeline({ year: 2003 }, { page: 2, pageSize: 25 });
    expect(page.total).toBe(expected.length);
    expect(page.items.map((e) => e.id)).toEqual(expected.slice(25, 50).map((e) => e.id));
    expect(page.items[0]?.participants.map((p) => p.country.code).sort()).toEqual([...expected[25]!.participants].sort());
    expect((await listTimeline({}, { page: 1, pageSize: 25 })).total).toBe(seededEvents + EVENTS);
  });

  it("offers each year with events once, newest first, in the year menu", async () => {
    const years = new Set(events.map((e) => Number(e.startDate.slice(0, 4))));
    for (const e of await prisma.event.findMany({ where: { id: { not: { startsWith: "syn-" } } }, select: { startDate: true } }))
      years.add(e.startDate.getUTCFullYear());
    expect((await getTimelineFilterOptions()).years).toEqual([...years].sort((a, b) => b - a));
  });

  it("gives page 2 of the stalled initiatives in the list's order (newest event first, then proposer, then id)", async () => {
    const startOf = new Map(events.map((e) => [e.id, e.startDate]));
    // PostgreSQL's ORDER BY: no event first (NULLS FIRST on a descending key), no proposer last.
    const key = (i: (typeof initiatives)[number]) => [i.eventId ? startOf.get(i.eventId)! : "9999", i.proposerCode ?? "ZZ", i.id] as const;
    const expected = initiatives
      .filter((i) => i.status === "STALLED")
      .sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        return ka[0] !== kb[0] ? (ka[0] < kb[0] ? 1 : -1) : ka[1] !== kb[1] ? (ka[1] < kb[1] ? -1 : 1) : byId(a, b);
      });
    const page = await listInitiatives({ status: "STALLED" }, { page: 2, pageSize: 50 }, { withCitations: true });
    expect(page.total).toBe(expected.length);
    expect(page.items.map((i) => i.id)).toEqual(expected.slice(50, 100).map((i) => i.id));
    expect(page.items.every((i) => i.status === "STALLED" && i.citations?.length === 0)).toBe(true);
    expect(page.pageSize).toBe(50);
  });

  it("caps a page at 500 rows whatever is asked", async () => {
    const page = await listInitiatives({}, { page: 3, pageSize: 10_000 });
    expect(page.items).toHaveLength(500);
    expect(page.pageSize).toBe(500);
    expect(page.total).toBe(INITIATIVES + 18);
  });

  it("summarises the ten newest events with initiatives and counts all of them", async () => {
    const withInitiatives = new Set(initiatives.flatMap((i) => (i.eventId ? [i.eventId] : [])));
    const summary = await summarizeInitiativesByEvent();
    expect(summary.rows).toHaveLength(OUTCOME_EVENTS);
    expect(summary.events).toBe(withInitiatives.size + 5);
    const newest = summary.rows[0]!;
    const synthetic = events.find((e) => e.slug === newest.event.slug);
    if (synthetic) expect(newest.total).toBe(initiatives.filter((i) => i.eventId === synthetic.id).length);
    const one = await summarizeInitiativesByEvent({ event: "consultative-meeting-5" });
    expect(one.rows.map((r) => [r.event.slug, r.total])).toEqual([["consultative-meeting-5", 4]]);
  });

  it("offers the newest 100 events in the initiative filter, and the selected one wherever it is", async () => {
    const oldest = events.filter((e) => initiatives.some((i) => i.eventId === e.id)).sort((a, b) => (a.startDate < b.startDate ? -1 : 1))[0]!;
    const menu = await getInitiativeFilterOptions();
    expect(menu.events).toHaveLength(EVENT_OPTIONS);
    expect(menu.events.some((e) => e.slug === oldest.slug)).toBe(false);
    const selected = await getInitiativeFilterOptions({ event: oldest.slug });
    expect(selected.events).toHaveLength(EVENT_OPTIONS + 1);
    expect(selected.events.at(-1)?.slug).toBe(oldest.slug);
  });

  // The plans only: their times, at the same sizes, are the scale suite's (tests/scale).
  const eventWithInitiatives = events.find((e) => initiatives.some((i) => i.eventId === e.id))!.slug;
  for (const [name, [where, index]] of Object.entries(initiativeFilters(eventWithInitiatives))) {
    it(`reads a page of initiatives filtered by ${name} from its index (EXPLAIN ANALYZE)`, async () => {
      const page = await explainAnalyze(client, initiativePageSql(where));
      const count = await explainAnalyze(client, initiativeCountSql(where));
      expect(JSON.stringify(page.plan)).toMatch(index);
      expect(seqScans(page.plan, ["Initiative"])).toEqual([]);
      expect(seqScans(count.plan, ["Initiative"])).toEqual([]);
    });
  }

  it("reads an unfiltered page of initiatives in one pass (EXPLAIN ANALYZE)", async () => {
    // Ordered by the event's date, a column of another table: no index on Initiative can
    // give that order, so PostgreSQL reads the 20,000 rows once and keeps the top 100 (heap sort).
    const { plan } = await explainAnalyze(client, initiativePageSql(""));
    expect(JSON.stringify(plan)).toMatch(/top-N heapsort/);
  });

  it("reads a page of the timeline from the date index (EXPLAIN ANALYZE)", async () => {
    expect(JSON.stringify((await explainAnalyze(client, TIMELINE_PAGE_SQL)).plan)).toMatch(/Event_startDate_idx/);
    expect(JSON.stringify((await explainAnalyze(client, TIMELINE_YEAR_SQL)).plan)).toMatch(/Event_startDate_idx|Event_kind_startDate_idx/);
  });
});
