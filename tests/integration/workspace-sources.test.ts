import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createSource, updateSource } from "@/lib/records/sources";
import { deleteRecord } from "@/lib/records/lifecycle";
import { sourceFormInput } from "@/tests/factories/records";
import { expectEditorsOnly, expectRefused, savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

const actors = setUpActorsOfEveryRole();

const newSource = (overrides: Record<string, unknown> = {}) => savedOrThrow(createSource(prisma, actors.editor, sourceFormInput(overrides)));

describe("createSource", () => {
  it("refuses anonymous and VIEWER and writes nothing; EDITOR and ADMIN may create", async () => {
    await expectEditorsOnly(actors, (actor) => createSource(prisma, actor, sourceFormInput()));
  });

  it("stores every field and a CREATE audit entry", async () => {
    const input = sourceFormInput({ author: "A. Author", kind: "REFERENCE", language: "en" });
    const { id } = await newSource(input);
    const stored = await prisma.source.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      titleRu: input.titleRu,
      titleEn: input.titleEn,
      kind: "REFERENCE",
      publisher: "Test publisher",
      author: "A. Author",
      language: "en",
      url: "https://example.org/article",
    });
    expect(stored.publishedOn?.toISOString().slice(0, 10)).toBe("2025-11-16");
    expect(await prisma.auditLog.count({ where: { entity: "source", entityId: id, action: "CREATE" } })).toBe(1);
  });

  it.each([
    ["a 10,000-character title", { titleRu: "я".repeat(10_000) }, "titleRu"],
    ["a publication date in the year 3000", { publishedOn: "3000-01-01" }, "publishedOn"],
    ["an unknown kind", { kind: "RUMOUR" }, "kind"],
    ["an unknown language", { language: "xx" }, "language"],
    ["a javascript: address", { url: "javascript:alert(1)" }, "url"],
  ])("refuses %s with a field error and writes nothing", async (_name, overrides, field) => {
    const refused = await expectRefused(() => createSource(prisma, actors.editor, sourceFormInput(overrides)), "invalid");
    expect(refused.fieldErrors?.[field]).toBeDefined();
  });
});

describe("updateSource", () => {
  it("refuses anonymous and VIEWER and changes nothing; EDITOR and ADMIN may edit", async () => {
    const { id } = await newSource();
    const edit = (version: number) => ({ ...sourceFormInput({ publisher: `Edited ${version}` }), id, version: String(version) });
    const stored = () => prisma.source.findUniqueOrThrow({ where: { id } });
    expect(await expectEditorsOnly(actors, (actor, version) => updateSource(prisma, actor, edit(version)), stored)).toMatchObject([
      { version: 2 },
      { version: 3 },
    ]);
  });

  it("refuses a save over a newer version and keeps the first save", async () => {
    const { id } = await newSource();
    expect(await updateSource(prisma, actors.editor, { ...sourceFormInput({ publisher: "First" }), id, version: "1" })).toMatchObject({ ok: true });
    const second = await updateSource(prisma, actors.admin, { ...sourceFormInput({ publisher: "Second" }), id, version: "1" });
    expect(second).toMatchObject({ ok: false, error: "conflict" });
    expect(second.ok ? [] : second.conflict?.changes.map((c) => c.field)).toContain("publisher");
    expect((await prisma.source.findUniqueOrThrow({ where: { id } })).publisher).toBe("First");
  });

  it("refuses a forged source id", async () => {
    expect(await updateSource(prisma, actors.editor, { ...sourceFormInput(), id: "src-forged", version: "1" })).toMatchObject({ ok: false, error: "notFound" });
  });
});

describe("deleting a source", () => {
  it("is for ADMIN only", async () => {
    const { id } = await newSource();
    expect(await deleteRecord(prisma, actors.viewer, { entity: "source", id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await deleteRecord(prisma, actors.editor, { entity: "source", id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await deleteRecord(prisma, actors.admin, { entity: "source", id })).toMatchObject({ ok: true });
    expect((await prisma.source.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  });

  it("refuses to delete a source that records still cite, and changes nothing", async () => {
    const before = await prisma.source.findUniqueOrThrow({ where: { id: "src-s1" } });
    await expectRefused(() => deleteRecord(prisma, actors.admin, { entity: "source", id: "src-s1" }), "inUse");
    expect(await prisma.source.findUniqueOrThrow({ where: { id: "src-s1" } })).toEqual(before);
  });
});
