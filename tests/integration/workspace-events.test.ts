import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createDocument, createEvent, updateDocument, updateEvent } from "@/lib/records/events";
import { deleteRecord } from "@/lib/records/lifecycle";
import { slugFromTitle } from "@/lib/validation/event-input";
import { createActorsOfEveryRole } from "@/tests/factories/actors";
import { removeRecordsCreatedSince } from "@/tests/support/remove-created-records";
import { documentFormInput, eventFormInput } from "@/tests/factories/records";

let actors: Awaited<ReturnType<typeof createActorsOfEveryRole>>;

const startedAt = new Date();

beforeAll(async () => {
  actors = await createActorsOfEveryRole(prisma);
});

// Other files count the seeded events, initiatives, targets and citations.
afterAll(() => removeRecordsCreatedSince(prisma, startedAt));

const counts = async () => ({
  events: await prisma.event.count(),
  participants: await prisma.eventParticipant.count(),
  documents: await prisma.eventDocument.count(),
  citations: await prisma.citation.count(),
  audit: await prisma.auditLog.count(),
});

async function newEvent(overrides: Record<string, unknown> = {}) {
  const result = await createEvent(prisma, actors.editor, eventFormInput(overrides));
  if (!result.ok) throw new Error(`could not create the event: ${JSON.stringify(result)}`);
  return result;
}

async function newDocument(eventId: string, overrides: Record<string, unknown> = {}) {
  const result = await createDocument(prisma, actors.editor, documentFormInput(eventId, overrides));
  if (!result.ok) throw new Error(`could not create the document: ${JSON.stringify(result)}`);
  return result;
}

describe("createEvent", () => {
  it("refuses anonymous and VIEWER and writes nothing; EDITOR and ADMIN may create", async () => {
    const before = await counts();
    expect(await createEvent(prisma, actors.anonymous, eventFormInput())).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await createEvent(prisma, actors.viewer, eventFormInput())).toMatchObject({ ok: false, error: "forbidden" });
    expect(await counts()).toEqual(before);
    expect(await createEvent(prisma, actors.editor, eventFormInput())).toMatchObject({ ok: true });
    expect(await createEvent(prisma, actors.admin, eventFormInput())).toMatchObject({ ok: true });
  });

  it("stores the event with its participants, a slug made from the English title, and a CREATE audit entry", async () => {
    const input = eventFormInput({ dateInferred: "on" });
    const { id } = await newEvent(input);
    const stored = await prisma.event.findUniqueOrThrow({ where: { id }, include: { participants: { orderBy: { countryCode: "asc" } }, citations: true } });
    expect(stored).toMatchObject({ kind: "BUSINESS_FORUM", ordinal: null, titleEn: input.titleEn, slug: slugFromTitle(input.titleEn), dateInferred: true, cityEn: "Tashkent", hostCode: "UZ" });
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
    const before = await counts();
    const taken = await createEvent(prisma, actors.editor, eventFormInput({ slug: existing.slug }));
    expect(taken).toMatchObject({ ok: false, error: "invalid", fieldErrors: { slug: { key: "validation.slugTaken" } } });
    expect(await counts()).toEqual(before);
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
    const before = await counts();
    const result = await createEvent(prisma, actors.editor, eventFormInput(overrides));
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    expect(result.ok ? null : result.fieldErrors?.[field]).toBeDefined();
    expect(await counts()).toEqual(before);
  });

  it("stores an HTML payload as plain text", async () => {
    const payload = `<iframe src="javascript:alert(1)"></iframe>`;
    const { id } = await newEvent({ summaryEn: payload });
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).summaryEn).toBe(payload);
  });
});

describe("updateEvent", () => {
  it("refuses anonymous and VIEWER and changes nothing; EDITOR and ADMIN may edit", async () => {
    const input = eventFormInput();
    const { id } = await newEvent(input);
    const before = await prisma.event.findUniqueOrThrow({ where: { id } });
    const edit = (version: number) => ({ ...input, cityEn: `City ${version}`, participants: ["KZ", "UZ", "TJ"], id, version: String(version) });
    expect(await updateEvent(prisma, actors.anonymous, edit(1))).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await updateEvent(prisma, actors.viewer, edit(1))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await prisma.event.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await updateEvent(prisma, actors.editor, edit(1))).toMatchObject({ ok: true, version: 2 });
    expect(await updateEvent(prisma, actors.admin, edit(2))).toMatchObject({ ok: true, version: 3 });
    expect(await prisma.eventParticipant.count({ where: { eventId: id } })).toBe(3);
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).slug).toBe(before.slug);
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
    const before = await counts();
    expect(await createDocument(prisma, actors.anonymous, documentFormInput(eventId))).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await createDocument(prisma, actors.viewer, documentFormInput(eventId))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await counts()).toEqual(before);
    expect(await createDocument(prisma, actors.editor, documentFormInput(eventId))).toMatchObject({ ok: true });
    expect(await createDocument(prisma, actors.admin, documentFormInput(eventId))).toMatchObject({ ok: true });
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
    const before = await counts();
    const result = await createDocument(prisma, actors.editor, documentFormInput(eventId, overrides()));
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    expect(result.ok ? null : result.fieldErrors?.[field]).toBeDefined();
    expect(await counts()).toEqual(before);
  });

  it("refuses a document to a deleted event", async () => {
    const { id: eventId } = await newEvent();
    expect(await deleteRecord(prisma, actors.admin, { entity: "event", id: eventId })).toMatchObject({ ok: true });
    expect(await createDocument(prisma, actors.editor, documentFormInput(eventId))).toMatchObject({ ok: false, error: "invalid", fieldErrors: { eventId: { key: "validation.unknownRecord" } } });
  });

  it("edits a document: matrix, self-approval refused, conflict refused", async () => {
    const { id: eventId } = await newEvent();
    const input = documentFormInput(eventId);
    const { id } = await newDocument(eventId, input);
    const edit = (version: number, overrides: Record<string, unknown> = {}) => ({ ...input, titleEn: `Edited ${version}`, id, version: String(version), ...overrides });
    const before = await prisma.eventDocument.findUniqueOrThrow({ where: { id } });
    expect(await updateDocument(prisma, actors.anonymous, edit(1))).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await updateDocument(prisma, actors.viewer, edit(1))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await updateDocument(prisma, actors.editor, edit(1, { approvedByDocumentId: id }))).toMatchObject({ ok: false, error: "invalid", fieldErrors: { approvedByDocumentId: { key: "validation.approvesItself" } } });
    expect(await prisma.eventDocument.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await updateDocument(prisma, actors.editor, edit(1))).toMatchObject({ ok: true, version: 2 });
    expect(await updateDocument(prisma, actors.admin, edit(2))).toMatchObject({ ok: true, version: 3 });
    expect(await updateDocument(prisma, actors.editor, edit(2, { titleEn: "Stale" }))).toMatchObject({ ok: false, error: "conflict" });
    expect(await prisma.eventDocument.findUniqueOrThrow({ where: { id } })).toMatchObject({ titleEn: "Edited 2", eventId });
  });

  it("soft-deletes a document for ADMIN only", async () => {
    const { id: eventId } = await newEvent();
    const { id } = await newDocument(eventId);
    expect(await deleteRecord(prisma, actors.editor, { entity: "document", id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await deleteRecord(prisma, actors.admin, { entity: "document", id })).toMatchObject({ ok: true });
    expect((await prisma.eventDocument.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  });
});
