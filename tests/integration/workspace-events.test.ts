import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createDocument, createEvent, updateDocument, updateEvent } from "@/lib/records/events";
import { deleteRecord } from "@/lib/records/lifecycle";
import { slugFromTitle } from "@/lib/validation/event-input";
import { documentFormInput, eventFormInput } from "@/tests/factories/records";
import { expectEditorsOnly, expectRefused, savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

const actors = setUpActorsOfEveryRole();

const newEvent = (overrides: Record<string, unknown> = {}) => savedOrThrow(createEvent(prisma, actors.editor, eventFormInput(overrides)));
const newDocument = (eventId: string, overrides: Record<string, unknown> = {}) =>
  savedOrThrow(createDocument(prisma, actors.editor, documentFormInput(eventId, overrides)));

describe("createEvent", () => {
  it("refuses anonymous and VIEWER and writes nothing; EDITOR and ADMIN may create", async () => {
    await expectEditorsOnly(actors, (actor) => createEvent(prisma, actor, eventFormInput()));
  });

  it("stores the event with its participants, a slug made from the English title, and a CREATE audit entry", async () => {
    const input = eventFormInput({ dateInferred: "on" });
    const { id } = await newEvent(input);
    const stored = await prisma.event.findUniqueOrThrow({ where: { id }, include: { participants: { orderBy: { countryCode: "asc" } }, citations: true } });
    expect(stored).toMatchObject({
      kind: "BUSINESS_FORUM",
      ordinal: null,
      titleEn: input.titleEn,
      slug: slugFromTitle(input.titleEn),
      dateInferred: true,
      cityEn: "Tashkent",
      hostCode: "UZ",
    });
    expect(stored.slug).toMatch(/^test-forum-[a-z0-9]+$/);
    expect(stored.participants.map((p) => p.countryCode)).toEqual(["KZ", "UZ"]);
    expect(stored.citations).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { entity: "event", entityId: id, action: "CREATE" } })).toBe(1);
  });

  it("makes a slug from an English title with accents and punctuation", () => {
    expect(slugFromTitle("VIII Consultative Meeting (Astana), Ürümqi — 2026!")).toBe("viii-consultative-meeting-astana-urumqi-2026");
  });

  it("stores a Consultative Meeting with its number", async () => {
    const { id } = await newEvent({ kind: "CONSULTATIVE_MEETING", ordinal: "8" });
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).ordinal).toBe(8);
  });

  it("refuses a slug another event already uses, and writes nothing", async () => {
    const existing = await prisma.event.findUniqueOrThrow({ where: { id: "event-cm-7" }, select: { slug: true } });
    const taken = await expectRefused(() => createEvent(prisma, actors.editor, eventFormInput({ slug: existing.slug })), "invalid");
    expect(taken.fieldErrors?.slug?.key).toBe("validation.slugTaken");
  });

  it.each([
    ["an end date before the start date", { startDate: "2025-05-20", endDate: "2025-05-19" }, "endDate"],
    ["a start date in the year 3000", { startDate: "3000-01-01", endDate: "" }, "startDate"],
    ["a malformed slug", { slug: "Tashkent Forum!" }, "slug"],
    ["a title that gives no slug and no slug typed", { titleEn: "Форум", slug: "" }, "slug"],
    ["a number on an event that is not a Consultative Meeting", { ordinal: "3" }, "ordinal"],
    ["a number that is not a whole number", { kind: "CONSULTATIVE_MEETING", ordinal: "7.5" }, "ordinal"],
    ["an unknown kind", { kind: "PARTY" }, "kind"],
    ["an unknown host country", { hostCode: "ZZ" }, "hostCode"],
    ["an unknown participant", { participants: ["KZ", "QQ"] }, "participants.1"],
    ["a 10,000-character title", { titleRu: "я".repeat(10_000) }, "titleRu"],
    ["no source", { citations: [] }, "citations"],
  ])("refuses %s with a field error and writes nothing", async (_name, overrides, field) => {
    const refused = await expectRefused(() => createEvent(prisma, actors.editor, eventFormInput(overrides)), "invalid");
    expect(refused.fieldErrors?.[field]).toBeDefined();
  });
});

describe("updateEvent", () => {
  it("refuses anonymous and VIEWER and changes nothing; EDITOR and ADMIN may edit", async () => {
    const input = eventFormInput();
    const { id } = await newEvent(input);
    const stored = () => prisma.event.findUniqueOrThrow({ where: { id } });
    const { slug } = await stored();
    const edit = (version: number) => ({ ...input, cityEn: `City ${version}`, participants: ["KZ", "UZ", "TJ"], id, version: String(version) });
    expect(await expectEditorsOnly(actors, (actor, version) => updateEvent(prisma, actor, edit(version)), stored)).toMatchObject([
      { version: 2 },
      { version: 3 },
    ]);
    expect(await prisma.eventParticipant.count({ where: { eventId: id } })).toBe(3);
    expect((await stored()).slug).toBe(slug);
  });

  it("refuses a save over a newer version and keeps the first save", async () => {
    const input = eventFormInput();
    const { id } = await newEvent(input);
    expect(await updateEvent(prisma, actors.editor, { ...input, cityEn: "Samarkand", id, version: "1" })).toMatchObject({ ok: true });
    const second = await updateEvent(prisma, actors.admin, { ...input, cityEn: "Bukhara", id, version: "1" });
    expect(second).toMatchObject({ ok: false, error: "conflict" });
    expect(second.ok ? [] : second.conflict?.changes.map((c) => c.field)).toContain("cityEn");
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).cityEn).toBe("Samarkand");
  });

  it("refuses renaming the address to another event's slug", async () => {
    const input = eventFormInput();
    const { id } = await newEvent(input);
    const other = await prisma.event.findUniqueOrThrow({ where: { id: "event-cm-1" }, select: { slug: true } });
    const result = await updateEvent(prisma, actors.editor, { ...input, slug: other.slug, id, version: "1" });
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { slug: { key: "validation.slugTaken" } } });
    expect(await prisma.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1, slug: slugFromTitle(input.titleEn) });
  });

  it("refuses a forged event id", async () => {
    expect(await updateEvent(prisma, actors.editor, { ...eventFormInput(), id: "event-forged", version: "1" })).toMatchObject({ ok: false, error: "notFound" });
  });
});

describe("documents of an event", () => {
  it("refuses anonymous and VIEWER and writes nothing; EDITOR and ADMIN may add documents", async () => {
    const { id: eventId } = await newEvent();
    await expectEditorsOnly(actors, (actor) => createDocument(prisma, actor, documentFormInput(eventId)));
    expect(await prisma.eventDocument.count({ where: { eventId } })).toBe(2);
  });

  it("stores a concept approved by the event's joint statement, with a citation and a CREATE audit entry", async () => {
    const { id: eventId } = await newEvent();
    const statement = await newDocument(eventId);
    const concept = await newDocument(eventId, { type: "CONCEPT", adoption: "APPROVED", approvedByDocumentId: statement.id });
    const stored = await prisma.eventDocument.findUniqueOrThrow({ where: { id: concept.id }, include: { citations: true } });
    expect(stored).toMatchObject({ eventId, type: "CONCEPT", adoption: "APPROVED", approvedByDocumentId: statement.id });
    expect(stored.citations).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { entity: "document", entityId: concept.id, action: "CREATE" } })).toBe(1);
  });

  it.each([
    ["a forged event id", () => ({ eventId: "event-forged" }), "eventId"],
    ["an approving document of another event", () => ({ approvedByDocumentId: "doc-vii-joint-statement" }), "approvedByDocumentId"],
    ["a forged approving document", () => ({ approvedByDocumentId: "doc-forged" }), "approvedByDocumentId"],
    ["an unknown type", () => ({ type: "MEMO" }), "type"],
    ["an unknown adoption", () => ({ adoption: "RUMOURED" }), "adoption"],
    ["a 10,000-character title", () => ({ titleEn: "x".repeat(10_000) }), "titleEn"],
    ["no source", () => ({ citations: [] }), "citations"],
  ])("refuses a document with %s and writes nothing", async (_name, overrides, field) => {
    const { id: eventId } = await newEvent();
    const refused = await expectRefused(() => createDocument(prisma, actors.editor, documentFormInput(eventId, overrides())), "invalid");
    expect(refused.fieldErrors?.[field]).toBeDefined();
  });

  it("refuses a document to a deleted event", async () => {
    const { id: eventId } = await newEvent();
    expect(await deleteRecord(prisma, actors.admin, { entity: "event", id: eventId })).toMatchObject({ ok: true });
    expect(await createDocument(prisma, actors.editor, documentFormInput(eventId))).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { eventId: { key: "validation.unknownRecord" } },
    });
  });

  it("edits a document: matrix, self-approval refused, conflict refused", async () => {
    const { id: eventId } = await newEvent();
    const input = documentFormInput(eventId);
    const { id } = await newDocument(eventId, input);
    const edit = (version: number, overrides: Record<string, unknown> = {}) => ({
      ...input,
      titleEn: `Edited ${version}`,
      id,
      version: String(version),
      ...overrides,
    });
    const stored = () => prisma.eventDocument.findUniqueOrThrow({ where: { id } });
    const before = await stored();
    expect(await updateDocument(prisma, actors.editor, edit(1, { approvedByDocumentId: id }))).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { approvedByDocumentId: { key: "validation.approvesItself" } },
    });
    expect(await stored()).toEqual(before);
    expect(await expectEditorsOnly(actors, (actor, version) => updateDocument(prisma, actor, edit(version)), stored)).toMatchObject([
      { version: 2 },
      { version: 3 },
    ]);
    expect(await updateDocument(prisma, actors.editor, edit(2, { titleEn: "Stale" }))).toMatchObject({ ok: false, error: "conflict" });
    expect(await stored()).toMatchObject({ titleEn: "Edited 2", eventId });
  });

  it("soft-deletes a document for ADMIN only", async () => {
    const { id: eventId } = await newEvent();
    const { id } = await newDocument(eventId);
    expect(await deleteRecord(prisma, actors.editor, { entity: "document", id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await deleteRecord(prisma, actors.admin, { entity: "document", id })).toMatchObject({ ok: true });
    expect((await prisma.eventDocument.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  });
});
