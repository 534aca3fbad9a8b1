import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseFeed } from "feedsmith";
import { prisma } from "@/lib/db";
import { addStatusChange, createInitiative } from "@/lib/records/initiatives";
import { deleteRecord } from "@/lib/records/lifecycle";
import { initiativeFormInput, statusChangeFormInput } from "@/tests/factories/records";
import { savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

// The data cache needs a running Next server; here every read goes straight to the database.
vi.mock("next/cache", () => ({ unstable_cache: <F>(load: F) => load, revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { GET } = await import("@/app/[locale]/(public)/feed.atom/route");

const actors = setUpActorsOfEveryRole();

/** The feed as a feed reader gets it: through the route handler, parsed by an independent parser (feedsmith). */
async function readFeed(locale: string, query = "") {
  const response = await GET(new Request(`http://localhost/${locale}/feed.atom${query}`), { params: Promise.resolve({ locale }) });
  const text = await response.text();
  if (response.status !== 200) return { response, text, feed: null };
  const parsed = parseFeed(text);
  expect(parsed.format).toBe("atom");
  return { response, text, feed: parsed.format === "atom" ? parsed.feed : null };
}

type Feed = NonNullable<Awaited<ReturnType<typeof readFeed>>["feed"]>;
const entryIds = (feed: Feed) => (feed.entries ?? []).map((entry) => entry.id);

const created: string[] = [];
let initiativeId: string;
let summitSlug: string;

beforeAll(async () => {
  summitSlug = (await prisma.event.findUniqueOrThrow({ where: { id: "event-cm-5" }, select: { slug: true } })).slug;
  ({ id: initiativeId } = await savedOrThrow(
    createInitiative(prisma, actors.editor, initiativeFormInput({ proposerCode: "KZ", titleEn: "Feed test initiative", titleRu: "Инициатива для ленты" })),
  ));
  created.push(initiativeId);
  await savedOrThrow(addStatusChange(prisma, actors.editor, statusChangeFormInput(initiativeId, 1, { status: "IN_PROGRESS" })));
  await savedOrThrow(
    addStatusChange(
      prisma,
      actors.editor,
      statusChangeFormInput(initiativeId, 2, { kind: "CHECK", changedOn: "2026-01-15", noPublicInformation: "on", sourceId: "", noteEn: "Looked again." }),
    ),
  );
});

afterAll(async () => {
  await prisma.auditLog.deleteMany({ where: { entityId: { in: created } } });
  await prisma.initiative.deleteMany({ where: { id: { in: created } } });
});

describe("the Atom feeds", () => {
  it("answers Atom with the required elements, which an independent parser reads", async () => {
    const { response, feed } = await readFeed("en");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(feed).not.toBeNull();
    expect(feed!.id).toMatch(/^tag:/);
    expect(feed!.title?.value).toBe("CA Monitor: what changes");
    expect(feed!.links).toEqual(expect.arrayContaining([expect.objectContaining({ rel: "self", href: expect.stringMatching(/^http.*\/en\/feed\.atom$/) })]));
    const entries = feed!.entries ?? [];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(50);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^tag:ca-cooperation-monitor,2026:en\//);
      expect(entry.title?.value).toBeTruthy();
      expect(Number.isNaN(Date.parse(String(entry.updated)))).toBe(false);
      // An entry's link without rel is its alternate (RFC 4287 4.2.7.2): the record's public page, absolute.
      const alternate = entry.links?.find((link) => (link.rel ?? "alternate") === "alternate");
      expect(alternate?.href).toMatch(/^https?:\/\/[^/]+\/en\//);
    }
    // The feed's own date is its newest entry's, never the time of the request.
    const newest = Math.max(...entries.map((entry) => Date.parse(String(entry.updated))));
    expect(Date.parse(String(feed!.updated))).toBe(newest);
  });

  it("shows a recorded status change and check in the overall, the initiative's, the summit's and the proposing country's feed, with stable ids", async () => {
    const change = await prisma.initiativeStatusChange.findFirstOrThrow({ where: { initiativeId, kind: "CHANGE" } });
    const check = await prisma.initiativeStatusChange.findFirstOrThrow({ where: { initiativeId, kind: "CHECK" } });
    const changeId = `tag:ca-cooperation-monitor,2026:en/status-entry/${change.id}`;
    const checkId = `tag:ca-cooperation-monitor,2026:en/status-entry/${check.id}`;
    for (const query of ["", `?initiative=${initiativeId}`, `?summit=${summitSlug}`, "?country=KZ", `?summit=${summitSlug}&country=KZ`]) {
      const { feed } = await readFeed("en", query);
      expect(entryIds(feed!), query).toEqual(expect.arrayContaining([changeId, checkId]));
      expect(feed!.links?.find((link) => link.rel === "self")?.href).toMatch(new RegExp(`/en/feed\\.atom${query.replace("?", "\\?")}$`));
    }
    const { feed } = await readFeed("en", `?initiative=${initiativeId}`);
    expect(feed!.title?.value).toBe("CA Monitor: Feed test initiative");
    const changeEntry = feed!.entries!.find((entry) => entry.id === changeId)!;
    expect(changeEntry.title?.value).toBe("Feed test initiative: now In progress");
    expect(changeEntry.summary?.value).toContain("Status changed on November 16, 2025: In progress. Work has started.");
    expect(changeEntry.links?.[0]?.href).toMatch(new RegExp(`/en/initiatives/${initiativeId}$`));
    expect(Date.parse(String(changeEntry.updated))).toBe(change.createdAt.getTime());
    const checkEntry = feed!.entries!.find((entry) => entry.id === checkId)!;
    expect(checkEntry.title?.value).toBe("Feed test initiative: checked, still In progress");
    expect(checkEntry.summary?.value).toContain("No public information found.");
    // The change cites its source; the check found none and names none.
    expect(changeEntry.summary?.value).toMatch(/Source: <a href="[^"]+">/);
    expect(checkEntry.summary?.value).not.toContain("Source:");

    // Not in another country's feed, and the same ids on the next request.
    expect(entryIds((await readFeed("en", "?country=TJ")).feed!)).not.toContain(changeId);
    expect(entryIds((await readFeed("en", `?initiative=${initiativeId}`)).feed!)).toEqual(entryIds(feed!));
  });

  it("writes the Russian feed in Russian", async () => {
    const { feed } = await readFeed("ru", `?initiative=${initiativeId}`);
    expect(feed!.title?.value).toBe("Монитор ЦА: Инициатива для ленты");
    expect(feed!.entries!.map((entry) => entry.title?.value)).toContain("Инициатива для ленты: теперь «Выполняется»");
  });

  it("answers 404 for an unknown or malformed summit, initiative or country", async () => {
    for (const query of ["?summit=no-such-summit", "?initiative=no-such-initiative", "?country=ZZ", "?country=kazakhstan"]) {
      expect((await readFeed("en", query)).response.status, query).toBe(404);
    }
    expect((await readFeed("de")).response.status).toBe(404);
  });

  it("drops a deleted initiative's history from every feed", async () => {
    const { id } = await savedOrThrow(createInitiative(prisma, actors.editor, initiativeFormInput({ proposerCode: "KZ" })));
    created.push(id);
    await savedOrThrow(addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 1)));
    const change = await prisma.initiativeStatusChange.findFirstOrThrow({ where: { initiativeId: id } });
    const entryId = `tag:ca-cooperation-monitor,2026:en/status-entry/${change.id}`;
    expect(entryIds((await readFeed("en")).feed!)).toContain(entryId);

    await savedOrThrow(deleteRecord(prisma, actors.admin, { entity: "initiative", id }));
    expect(entryIds((await readFeed("en")).feed!)).not.toContain(entryId);
    expect(entryIds((await readFeed("en", "?country=KZ")).feed!)).not.toContain(entryId);
    expect((await readFeed("en", `?initiative=${id}`)).response.status).toBe(404);
  });
});
