import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addStatusChange, createInitiative, updateInitiative } from "@/lib/records/initiatives";
import { deleteRecord } from "@/lib/records/lifecycle";
import { initiativeFormInput, statusChangeFormInput } from "@/tests/factories/records";
import { expectEditorsOnly, expectRefused, savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

const actors = setUpActorsOfEveryRole();

const newInitiative = (overrides: Record<string, unknown> = {}) => savedOrThrow(createInitiative(prisma, actors.editor, initiativeFormInput(overrides)));

describe("createInitiative", () => {
  it("refuses anonymous and VIEWER and writes nothing; EDITOR and ADMIN may create", async () => {
    await expectEditorsOnly(actors, (actor) => createInitiative(prisma, actor, initiativeFormInput()));
  });

  it("stores an initiative as proposed, with its citation and a CREATE audit entry", async () => {
    const input = initiativeFormInput({ proposerPersonEn: "Shavkat Mirziyoyev" });
    const { id } = await newInitiative(input);
    const stored = await prisma.initiative.findUniqueOrThrow({ where: { id }, include: { citations: true } });
    expect(stored).toMatchObject({
      titleEn: input.titleEn,
      status: "PROPOSED",
      proposerCode: "UZ",
      proposerPersonEn: "Shavkat Mirziyoyev",
      proposerPersonRu: null,
      eventId: "event-cm-5",
    });
    expect(stored.citations.map((c) => c.sourceId)).toEqual(["src-s1"]);
    expect(await prisma.auditLog.count({ where: { entity: "initiative", entityId: id, action: "CREATE" } })).toBe(1);
  });

  it.each([
    ["a 10,000-character title", { titleEn: "x".repeat(10_000) }, "titleEn"],
    ["an unknown sector", { sector: "ALCHEMY" }, "sector"],
    ["an unknown proposer country", { proposerCode: "ZZ" }, "proposerCode"],
    ["a forged event id", { eventId: "event-that-does-not-exist" }, "eventId"],
    ["a forged document id", { adoptedByDocumentId: "doc'; DROP TABLE" }, "adoptedByDocumentId"],
    ["no source", { citations: [] }, "citations"],
    ["a forged source id", { citations: [{ sourceId: "src-forged" }] }, "citations.0.sourceId"],
  ])("refuses %s with a field error and writes nothing", async (_name, overrides, field) => {
    const refused = await expectRefused(() => createInitiative(prisma, actors.editor, initiativeFormInput(overrides)), "invalid");
    expect(refused.fieldErrors?.[field]).toBeDefined();
  });
});

describe("updateInitiative", () => {
  it("refuses anonymous and VIEWER and changes nothing; EDITOR and ADMIN may edit", async () => {
    const { id } = await newInitiative();
    const edit = (version: number) => ({ ...initiativeFormInput({ titleEn: `Edited ${version}` }), id, version: String(version) });
    const stored = () => prisma.initiative.findUniqueOrThrow({ where: { id } });
    expect(await expectEditorsOnly(actors, (actor, version) => updateInitiative(prisma, actor, edit(version)), stored)).toMatchObject([
      { version: 2 },
      { version: 3 },
    ]);
  });

  it("refuses a save over a newer version with what changed, and keeps the other person's edit", async () => {
    const { id } = await newInitiative();
    const first = await updateInitiative(prisma, actors.editor, { ...initiativeFormInput({ titleEn: "First edit" }), id, version: "1" });
    expect(first).toMatchObject({ ok: true, version: 2 });
    const second = await updateInitiative(prisma, actors.admin, { ...initiativeFormInput({ titleEn: "Second edit" }), id, version: "1" });
    expect(second).toMatchObject({ ok: false, error: "conflict" });
    expect(second.ok ? [] : second.conflict?.changes.map((c) => c.field)).toContain("titleEn");
    expect((await prisma.initiative.findUniqueOrThrow({ where: { id } })).titleEn).toBe("First edit");
    expect(await prisma.auditLog.count({ where: { entity: "initiative", entityId: id, action: "UPDATE" } })).toBe(1);
  });

  it("refuses a forged initiative id", async () => {
    const result = await updateInitiative(prisma, actors.editor, { ...initiativeFormInput(), id: "ini-forged", version: "1" });
    expect(result).toMatchObject({ ok: false, error: "notFound" });
  });
});

describe("addStatusChange", () => {
  it("refuses anonymous and VIEWER and writes nothing; EDITOR and ADMIN may record a change", async () => {
    const { id } = await newInitiative();
    // EDITOR records the work starting, ADMIN its adoption a month later.
    const change = (version: number) =>
      statusChangeFormInput(id, version, version === 1 ? { changedOn: "2025-01-10" } : { status: "ADOPTED", changedOn: "2025-02-10" });
    expect(await expectEditorsOnly(actors, (actor, version) => addStatusChange(prisma, actor, change(version)))).toMatchObject([
      { version: 2 },
      { version: 3 },
    ]);
  });

  it("adds the change with its citation, sets the current status and writes one UPDATE audit entry showing the history", async () => {
    const { id } = await newInitiative();
    const result = await addStatusChange(
      prisma,
      actors.editor,
      statusChangeFormInput(id, 1, { status: "IN_PROGRESS", changedOn: "2025-11-16", noteRu: "Работа начата.", quote: "Работа начата" }),
    );
    expect(result).toMatchObject({ ok: true, id, version: 2 });
    const stored = await prisma.initiative.findUniqueOrThrow({ where: { id }, include: { statusChanges: { include: { citations: true } } } });
    expect(stored.status).toBe("IN_PROGRESS");
    expect(stored.statusChanges).toHaveLength(1);
    expect(stored.statusChanges[0]).toMatchObject({ status: "IN_PROGRESS", noteRu: "Работа начата.", noteEn: "Work has started." });
    expect(stored.statusChanges[0]!.changedOn.toISOString().slice(0, 10)).toBe("2025-11-16");
    expect(stored.statusChanges[0]!.citations).toMatchObject([{ sourceId: "src-s5", quote: "Работа начата" }]);
    const audit = await prisma.auditLog.findMany({ where: { entity: "initiative", entityId: id, action: "UPDATE" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ status: "IN_PROGRESS", history: "2025-11-16 IN_PROGRESS", version: 2 });
  });

  it("cites a source typed into the status change's form: created, audited, cited with the quote (issue 18)", async () => {
    const { id } = await newInitiative();
    const title = `Ministry press release ${id}`;
    const result = await addStatusChange(
      prisma,
      actors.editor,
      statusChangeFormInput(id, 1, {
        sourceId: "",
        quote: "Работы начаты",
        newSource: { title, publisher: "Ministry", publishedOn: "2025-11-16", url: "", language: "ru" },
      }),
    );
    expect(result).toMatchObject({ ok: true, version: 2 });
    const source = await prisma.source.findFirstOrThrow({ where: { titleEn: title } });
    expect(source).toMatchObject({ titleRu: title, publisher: "Ministry", language: "ru" });
    const [change] = await prisma.initiativeStatusChange.findMany({ where: { initiativeId: id }, include: { citations: true } });
    expect(change!.citations).toMatchObject([{ sourceId: source.id, quote: "Работы начаты" }]);
    expect(await prisma.auditLog.count({ where: { entity: "source", entityId: source.id, action: "CREATE", userId: actors.editor.id } })).toBe(1);
  });

  it("keeps the latest change as the current status when a change shares the previous date", async () => {
    const { id } = await newInitiative();
    await addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 1, { status: "SUPPORTED", changedOn: "2024-05-01" }));
    await addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 2, { status: "ADOPTED", changedOn: "2024-05-01" }));
    expect((await prisma.initiative.findUniqueOrThrow({ where: { id } })).status).toBe("ADOPTED");
  });

  it("refuses a change dated before the previous change and writes nothing", async () => {
    const { id } = await newInitiative();
    await addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 1, { status: "SUPPORTED", changedOn: "2025-03-01" }));
    const refused = await expectRefused(
      () => addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 2, { status: "STALLED", changedOn: "2025-02-28" })),
      "invalid",
    );
    expect(refused.fieldErrors?.changedOn?.key).toBe("validation.beforePreviousChange");
    expect(await prisma.initiative.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUPPORTED", version: 2 });
  });

  it.each([
    ["a date in the year 3000", { changedOn: "3000-01-01" }, "changedOn"],
    ["a date that is not a date", { changedOn: "2025-02-30x" }, "changedOn"],
    ["no note in either language", { noteRu: "", noteEn: "" }, "noteRu"],
    ["no source", { sourceId: "" }, "sourceId"],
    ["a forged source id", { sourceId: "src-forged" }, "sourceId"],
    ["an unknown status", { status: "FORGOTTEN" }, "status"],
    ["a 10,000-character note", { noteEn: "x".repeat(10_000) }, "noteEn"],
  ])("refuses %s with a field error and writes nothing", async (_name, overrides, field) => {
    const { id } = await newInitiative();
    const refused = await expectRefused(() => addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 1, overrides)), "invalid");
    expect(refused.fieldErrors?.[field]).toBeDefined();
  });

  it("refuses a change recorded from an outdated version and writes nothing", async () => {
    const { id } = await newInitiative();
    await updateInitiative(prisma, actors.admin, { ...initiativeFormInput({ titleEn: "Renamed meanwhile" }), id, version: "1" });
    await expectRefused(() => addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 1)), "conflict");
  });

  it("refuses a change to a forged or deleted initiative", async () => {
    expect(await addStatusChange(prisma, actors.editor, statusChangeFormInput("ini-forged", 1))).toMatchObject({ ok: false, error: "notFound" });
    const { id } = await newInitiative();
    expect(await deleteRecord(prisma, actors.admin, { entity: "initiative", id })).toMatchObject({ ok: true });
    expect(await addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 2))).toMatchObject({ ok: false, error: "notFound" });
  });
});

describe("deleting an initiative", () => {
  it("is for ADMIN only", async () => {
    const { id } = await newInitiative();
    expect(await deleteRecord(prisma, actors.anonymous, { entity: "initiative", id })).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await deleteRecord(prisma, actors.viewer, { entity: "initiative", id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await deleteRecord(prisma, actors.editor, { entity: "initiative", id })).toMatchObject({ ok: false, error: "forbidden" });
    expect((await prisma.initiative.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    expect(await deleteRecord(prisma, actors.admin, { entity: "initiative", id })).toMatchObject({ ok: true });
    expect((await prisma.initiative.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  });
});
