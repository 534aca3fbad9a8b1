import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { addStatusChange, createInitiative, updateInitiative } from "@/lib/records/initiatives";
import { deleteRecord } from "@/lib/records/lifecycle";
import { listPublicChanges } from "@/lib/queries/changes";
import { initiativeFormInput, statusChangeFormInput } from "@/tests/factories/records";
import { savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

vi.mock("next/cache", () => ({ unstable_cache: <F>(load: F) => load, revalidateTag: vi.fn(), updateTag: vi.fn() }));

const actors = setUpActorsOfEveryRole();
// Everything this file writes happens after this instant; the seed's entries (if any) before it.
const since = new Date(Date.now() - 1000);

let kazakh: string;
let uzbek: string;
let deleted: string;
let summit: string;

beforeAll(async () => {
  summit = (await prisma.event.findUniqueOrThrow({ where: { id: "event-cm-5" }, select: { slug: true } })).slug;
  const create = (proposerCode: string, titleEn: string) =>
    savedOrThrow(createInitiative(prisma, actors.editor, initiativeFormInput({ proposerCode, titleEn }))).then((saved) => saved.id);
  kazakh = await create("KZ", "Changes test: Kazakh proposal");
  uzbek = await create("UZ", "Changes test: Uzbek proposal");
  deleted = await create("KZ", "Changes test: withdrawn");
  await savedOrThrow(
    updateInitiative(prisma, actors.editor, {
      ...initiativeFormInput({ proposerCode: "KZ", titleEn: "Changes test: Kazakh proposal, renamed" }),
      id: kazakh,
      version: "1",
    }),
  );
  await savedOrThrow(addStatusChange(prisma, actors.editor, statusChangeFormInput(kazakh, 2, { status: "IN_PROGRESS" })));
  await savedOrThrow(deleteRecord(prisma, actors.admin, { entity: "initiative", id: deleted }));
  // An account's change is audited too, and must never show.
  await prisma.auditLog.create({
    data: { userId: actors.admin!.id, entity: "user", entityId: actors.editor!.id, action: "UPDATE", after: { role: "EDITOR" } },
  });
});

const ids = async (filters: Parameters<typeof listPublicChanges>[0]) => (await listPublicChanges(filters, 1)).items.map((c) => c.path);

describe("listPublicChanges", () => {
  it("lists additions and edits of live public records, newest first, with the changed fields in words and no staff", async () => {
    const list = await listPublicChanges({ since }, 1);
    const ours = list.items.filter((c) => c.path === `/initiatives/${kazakh}`);
    expect(ours.map((c) => c.action)).toEqual(["UPDATE", "UPDATE", "CREATE"]);
    expect(ours[0]!.record).toEqual({ type: "titled", ru: expect.any(String), en: "Changes test: Kazakh proposal, renamed" });
    // The status entry: its history field; the rename: the title. Never the version or deletion bookkeeping.
    expect(ours[0]!.changes.map((c) => c.field)).toEqual(["status", "history"]);
    expect(ours[1]!.changes.map((c) => c.field)).toContain("titleEn");
    expect(list.items.flatMap((c) => c.changes.map((f) => f.field))).not.toEqual(expect.arrayContaining(["version"]));
    expect(list.items.flatMap((c) => c.changes.map((f) => f.field))).not.toContain("deletedAt");
    expect(list.items.map((c) => c.entity)).not.toContain("user");

    const text = JSON.stringify(list);
    for (const actor of [actors.editor!, actors.admin!]) {
      expect(text).not.toContain(actor.name);
      expect(text).not.toContain(actor.email);
      expect(text).not.toContain(actor.id);
    }
  });

  it("never shows a deleted record's entries", async () => {
    expect(await ids({ since })).not.toContain(`/initiatives/${deleted}`);
    expect(await ids({ since, country: "KZ" })).not.toContain(`/initiatives/${deleted}`);
  });

  it("follows a country, a summit and an initiative as the feeds do", async () => {
    const byCountry = await ids({ since, country: "KZ" });
    expect(byCountry).toContain(`/initiatives/${kazakh}`);
    expect(byCountry).not.toContain(`/initiatives/${uzbek}`);

    const bySummit = await ids({ since, summit });
    expect(bySummit).toEqual(expect.arrayContaining([`/initiatives/${kazakh}`, `/initiatives/${uzbek}`]));
    expect(await ids({ since, summit: "no-such-summit" })).toEqual([]);

    expect(new Set(await ids({ since, initiative: uzbek }))).toEqual(new Set([`/initiatives/${uzbek}`]));
  });

  it("shows nothing before the day asked for", async () => {
    const list = await listPublicChanges({ since: new Date(Date.now() + 86_400_000) }, 1);
    expect(list).toMatchObject({ items: [], total: 0 });
  });
});
