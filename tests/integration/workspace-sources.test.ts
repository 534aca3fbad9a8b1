import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createSource, updateSource } from "@/lib/records/sources";
import { deleteRecord } from "@/lib/records/lifecycle";
import { createActorsOfEveryRole } from "@/tests/factories/actors";
import { removeRecordsCreatedSince } from "@/tests/support/remove-created-records";
import { sourceFormInput } from "@/tests/factories/records";

let actors: Awaited<ReturnType<typeof createActorsOfEveryRole>>;

const startedAt = new Date();

beforeAll(async () => {
  actors = await createActorsOfEveryRole(prisma);
});

// Other files count the seeded events, initiatives, targets and citations.
afterAll(() => removeRecordsCreatedSince(prisma, startedAt));

const counts = async () => ({ sources: await prisma.source.count(), audit: await prisma.auditLog.count() });

async function newSource(overrides: Record<string, unknown> = {}) {
  const result = await createSource(prisma, actors.editor, sourceFormInput(overrides));
  if (!result.ok) throw new Error(`could not create the source: ${JSON.stringify(result)}`);
  return result;
}

describe("createSource", () => {
  it("refuses anonymous and VIEWER and writes nothing; EDITOR and ADMIN may create", async () => {
    const before = await counts();
    expect(await createSource(prisma, actors.anonymous, sourceFormInput())).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await createSource(prisma, actors.viewer, sourceFormInput())).toMatchObject({ ok: false, error: "forbidden" });
    expect(await counts()).toEqual(before);
    expect(await createSource(prisma, actors.editor, sourceFormInput())).toMatchObject({ ok: true });
    expect(await createSource(prisma, actors.admin, sourceFormInput())).toMatchObject({ ok: true });
  });

  it("stores every field and a CREATE audit entry", async () => {
    const input = sourceFormInput({ author: "A. Author", kind: "REFERENCE", language: "en" });
    const { id } = await newSource(input);
    const stored = await prisma.source.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ titleRu: input.titleRu, titleEn: input.titleEn, kind: "REFERENCE", publisher: "Test publisher", author: "A. Author", language: "en", url: "https://example.org/article" });
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
    const before = await counts();
    const result = await createSource(prisma, actors.editor, sourceFormInput(overrides));
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    expect(result.ok ? null : result.fieldErrors?.[field]).toBeDefined();
    expect(await counts()).toEqual(before);
  });

  it("stores an HTML payload as plain text", async () => {
    const payload = `<b onmouseover="alert(1)">Title</b>`;
    const { id } = await newSource({ titleEn: payload });
    expect((await prisma.source.findUniqueOrThrow({ where: { id } })).titleEn).toBe(payload);
  });
});

describe("updateSource", () => {
  it("refuses anonymous and VIEWER and changes nothing; EDITOR and ADMIN may edit", async () => {
    const { id } = await newSource();
    const before = await prisma.source.findUniqueOrThrow({ where: { id } });
    const edit = (version: number) => ({ ...sourceFormInput({ publisher: `Edited ${version}` }), id, version: String(version) });
    expect(await updateSource(prisma, actors.anonymous, edit(1))).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await updateSource(prisma, actors.viewer, edit(1))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await prisma.source.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await updateSource(prisma, actors.editor, edit(1))).toMatchObject({ ok: true, version: 2 });
    expect(await updateSource(prisma, actors.admin, edit(2))).toMatchObject({ ok: true, version: 3 });
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
    const audit = await prisma.auditLog.count();
    expect(await deleteRecord(prisma, actors.admin, { entity: "source", id: "src-s1" })).toMatchObject({ ok: false, error: "inUse" });
    expect(await prisma.source.findUniqueOrThrow({ where: { id: "src-s1" } })).toEqual(before);
    expect(await prisma.auditLog.count()).toBe(audit);
  });
});
