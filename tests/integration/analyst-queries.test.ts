import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getEventBySlug, getAdjacentMeetings, listTimeline } from "@/lib/queries/summits";
import { getInitiative, listInitiatives, summarizeInitiativesByEvent } from "@/lib/queries/initiatives";
import { listDocuments } from "@/lib/queries/documents";
import { getSource } from "@/lib/queries/sources";
import { parseEventFilters, parseInitiativeFilters } from "@/lib/validation/filters";

const FIRST_PAGE = { page: 1, pageSize: 50 };

afterAll(() => prisma.$disconnect());

describe("summit timeline filters", () => {
  it("lists the seven Consultative Meetings when filtered by kind", async () => {
    const { items, total } = await listTimeline(parseEventFilters({ kind: "CONSULTATIVE_MEETING" }), FIRST_PAGE);
    expect(total).toBe(7);
    expect(items.map((e) => e.ordinal)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it("filters by year, host and participant together", async () => {
    const { items } = await listTimeline(parseEventFilters({ year: "2025", host: "UZ", participant: "AZ" }), FIRST_PAGE);
    expect(items.map((e) => e.slug).sort()).toEqual(["ca-az-trade-ministers-council-2025", "consultative-meeting-7", "great-silk-road-forum-2025"]);
  });

  it("counts five documents and nine initiatives at the VII meeting, with Azerbaijan among six participants", async () => {
    const { items } = await listTimeline(parseEventFilters({ year: "2025", kind: "CONSULTATIVE_MEETING" }), FIRST_PAGE);
    const [vii] = items;
    expect(vii?._count).toEqual({ documents: 5, initiatives: 9 });
    expect(vii?.participants.map((p) => p.country.code)).toEqual(["KG", "KZ", "TJ", "TM", "UZ", "AZ"]);
  });

  it("ignores malformed filter values and lists all eleven events", async () => {
    const filters = parseEventFilters({ kind: "SUMMIT'; --", year: "twenty", host: "<b>", participant: ["kz", "x"] });
    expect(filters).toEqual({ kind: undefined, year: undefined, host: undefined, participant: undefined });
    expect((await listTimeline(filters, FIRST_PAGE)).total).toBe(11);
  });
});

describe("event page", () => {
  it("shows the V meeting's four initiatives from three countries and the $15bn target set there", async () => {
    const event = await getEventBySlug("consultative-meeting-5");
    expect(event?.initiatives).toHaveLength(4);
    expect(new Set(event?.initiatives.map((i) => i.proposer?.code))).toEqual(new Set(["UZ", "KZ", "TM"]));
    expect(event?.targets.map((t) => t.valueUsd.toString())).toEqual(["15000000000"]);
    expect(event?.targets[0]?.baselineFigure?.id).toBe("tf-ca-2022");
  });

  it("links the VII meeting to the VI and no later meeting", async () => {
    const event = await getEventBySlug("consultative-meeting-7");
    if (!event) throw new Error("VII meeting missing");
    const { previous, next } = await getAdjacentMeetings(event);
    expect(previous?.slug).toBe("consultative-meeting-6");
    expect(next).toBeNull();
  });

  it("returns null for an unknown slug, and for one no record can have (a NUL byte, 10k characters)", async () => {
    expect(await getEventBySlug("consultative-meeting-99")).toBeNull();
    expect(await getEventBySlug("consultative\u0000meeting-7")).toBeNull();
    expect(await getInitiative("x".repeat(10_000))).toBeNull();
    expect(await getSource("src-s1'; --")).toBeNull();
  });
});

describe("initiative tracker", () => {
  it("finds Kazakhstan's nine proposals at the VII meeting", async () => {
    const { items } = await listInitiatives(parseInitiativeFilters({ proposer: "KZ", event: "consultative-meeting-7" }), FIRST_PAGE);
    expect(items).toHaveLength(9);
    expect(items.map((i) => i.id)).toContain("ini-vii-rare-earth-research-center");
  });

  it("counts four V-meeting initiatives, one of them supported since", async () => {
    const summary = await summarizeInitiativesByEvent();
    const v = summary.rows.find((s) => s.event.slug === "consultative-meeting-5");
    expect(v).toMatchObject({ total: 4, movedOn: 1, byStatus: { PROPOSED: 3, SUPPORTED: 1 } });
  });

  it("gives the Strategy's status history in date order with its sources", async () => {
    const initiative = await getInitiative("ini-v-industrial-strategy");
    expect(initiative?.statusChanges.map((c) => c.status)).toEqual(["PROPOSED", "SUPPORTED"]);
    expect(initiative?.statusChanges[1]?.citations[0]?.source.id).toBe("src-s1");
  });

  it("ignores a malformed status filter", async () => {
    const filters = parseInitiativeFilters({ status: "DONE", sector: "water" });
    expect((await listInitiatives(filters, FIRST_PAGE)).total).toBe((await listInitiatives({}, FIRST_PAGE)).total);
  });
});

describe("documents and sources", () => {
  it("lists the VII meeting's five documents, signed before approved", async () => {
    const { items } = await listDocuments({ event: "consultative-meeting-7" }, FIRST_PAGE);
    expect(items.map((d) => d.adoption)).toEqual(["SIGNED", "SIGNED", "SIGNED", "APPROVED", "APPROVED"]);
  });

  it("lists every fact citing source S1, including the $15bn target", async () => {
    const source = await getSource("src-s1");
    expect(source?.citations.some((c) => c.target?.id === "tgt-ca-15bn")).toBe(true);
    expect(source?.citations.some((c) => c.initiative?.id === "ini-v-trade-chamber")).toBe(true);
    expect(await getSource("src-nope")).toBeNull();
  });
});
