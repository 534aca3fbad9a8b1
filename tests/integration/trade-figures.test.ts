import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTradeFigure, updateTradeFigure } from "@/lib/records/trade-figures";
import { deleteRecord, restoreRecord } from "@/lib/records/lifecycle";
import { createActorsOfEveryRole } from "@/tests/factories/actors";
import { tradeFigureFormInput } from "@/tests/factories/trade-figures";
import { trackNewRecords } from "@/tests/support/new-records";

let actors: Awaited<ReturnType<typeof createActorsOfEveryRole>>;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  cleanUp = await trackNewRecords(prisma);
  actors = await createActorsOfEveryRole(prisma);
});
afterAll(() => cleanUp());

const counts = async () => ({
  figures: await prisma.tradeFigure.count(),
  audit: await prisma.auditLog.count(),
  sources: await prisma.source.count(),
  citations: await prisma.citation.count(),
});

async function created(input: ReturnType<typeof tradeFigureFormInput> & Record<string, unknown> = tradeFigureFormInput()) {
  const result = await createTradeFigure(prisma, actors.editor, input);
  if (!result.ok) throw new Error(`could not create the figure: ${JSON.stringify(result)}`);
  return { ...result, input };
}

describe("trade figures: authorisation matrix", () => {
  it.each([
    ["anonymous", "unauthenticated"],
    ["viewer", "forbidden"],
  ] as const)("refuses a new figure from %s and writes nothing", async (who, error) => {
    const before = await counts();
    expect(await createTradeFigure(prisma, actors[who], tradeFigureFormInput())).toEqual({ ok: false, error });
    expect(await counts()).toEqual(before);
  });

  it.each(["editor", "admin"] as const)("lets the %s enter a figure", async (who) => {
    const result = await createTradeFigure(prisma, actors[who], tradeFigureFormInput());
    expect(result).toMatchObject({ ok: true, version: 1 });
  });

  it.each([
    ["anonymous", "unauthenticated"],
    ["viewer", "forbidden"],
  ] as const)("refuses an edit from %s and leaves the figure as it was", async (who, error) => {
    const figure = await created();
    const before = await prisma.tradeFigure.findUniqueOrThrow({ where: { id: figure.id } });
    expect(await updateTradeFigure(prisma, actors[who], { ...figure.input, valueUsd: "1", id: figure.id, version: "1" })).toEqual({ ok: false, error });
    expect(await prisma.tradeFigure.findUniqueOrThrow({ where: { id: figure.id } })).toEqual(before);
  });

  it.each(["editor", "admin"] as const)("lets the %s edit a figure", async (who) => {
    const figure = await created();
    expect(await updateTradeFigure(prisma, actors[who], { ...figure.input, valueUsd: "260000000", id: figure.id, version: "1" })).toEqual({
      ok: true,
      id: figure.id,
      version: 2,
    });
  });

  it.each([
    ["anonymous", "unauthenticated"],
    ["viewer", "forbidden"],
    ["editor", "forbidden"],
  ] as const)("refuses a delete from %s", async (who, error) => {
    const figure = await created();
    expect(await deleteRecord(prisma, actors[who], { entity: "tradeFigure", id: figure.id })).toEqual({ ok: false, error });
    expect((await prisma.tradeFigure.findUniqueOrThrow({ where: { id: figure.id } })).deletedAt).toBeNull();
  });

  it("lets the admin delete a figure softly and restore it", async () => {
    const figure = await created();
    expect(await deleteRecord(prisma, actors.admin, { entity: "tradeFigure", id: figure.id })).toMatchObject({ ok: true });
    expect((await prisma.tradeFigure.findUniqueOrThrow({ where: { id: figure.id } })).deletedAt).not.toBeNull();
    expect(await restoreRecord(prisma, actors.admin, { entity: "tradeFigure", id: figure.id })).toMatchObject({ ok: true });
    expect((await prisma.tradeFigure.findUniqueOrThrow({ where: { id: figure.id } })).deletedAt).toBeNull();
  });
});

describe("entering and editing a trade figure", () => {
  it("stores a bilateral pair in alphabetical order, with its source and one audit entry", async () => {
    const input = tradeFigureFormInput();
    const figure = await created({ ...input, countryACode: input.countryBCode, countryBCode: input.countryACode, isLowerBound: "on", noteEn: "Jan–Oct" });
    const row = await prisma.tradeFigure.findUniqueOrThrow({ where: { id: figure.id }, include: { citations: true } });
    expect([row.countryACode, row.countryBCode]).toEqual([input.countryACode, input.countryBCode]);
    expect(row.valueUsd?.toFixed(2)).toBe("250000000.00");
    expect(row.isLowerBound).toBe(true);
    expect(row.citations.map((c) => c.sourceId)).toEqual(["src-s2"]);
    const audit = await prisma.auditLog.findMany({ where: { entity: "tradeFigure", entityId: figure.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "CREATE", userId: actors.editor.id, before: null });
    expect(audit[0]!.after).toMatchObject({ scope: "BILATERAL", valueUsd: "250000000.00", isLowerBound: true, sources: "src-s2" });
  });

  it("accepts a growth rate without a value, as the sources report Azerbaijan's trade with the region", async () => {
    const figure = await created(
      tradeFigureFormInput({ scope: "PARTNER_REGION", countryACode: "AZ", countryBCode: "", valueUsd: "", growthPercent: "13", growthOverYears: "1" }),
    );
    const row = await prisma.tradeFigure.findUniqueOrThrow({ where: { id: figure.id } });
    expect(row.valueUsd).toBeNull();
    expect([row.countryACode, row.countryBCode, row.growthPercent?.toString(), row.growthOverYears]).toEqual(["AZ", null, "13", 1]);
  });

  it("of two edits from the same version keeps the first and answers the second with what changed", async () => {
    const figure = await created();
    const first = await updateTradeFigure(prisma, actors.editor, { ...figure.input, valueUsd: "300000000", id: figure.id, version: "1" });
    const second = await updateTradeFigure(prisma, actors.admin, { ...figure.input, valueUsd: "400000000", id: figure.id, version: "1" });
    expect(first).toEqual({ ok: true, id: figure.id, version: 2 });
    expect(second).toMatchObject({
      ok: false,
      error: "conflict",
      conflict: { currentVersion: 2, changes: [{ field: "valueUsd", before: "250000000.00", after: "300000000.00" }] },
    });
    expect((await prisma.tradeFigure.findUniqueOrThrow({ where: { id: figure.id } })).valueUsd?.toFixed(0)).toBe("300000000");
    expect(await prisma.auditLog.count({ where: { entity: "tradeFigure", entityId: figure.id, action: "UPDATE" } })).toBe(1);
  });

  it("runs two concurrent edits so that exactly one is applied", async () => {
    const figure = await created();
    const results = await Promise.all(
      ["310000000", "320000000"].map((valueUsd) => updateTradeFigure(prisma, actors.editor, { ...figure.input, valueUsd, id: figure.id, version: "1" })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "conflict")).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { entity: "tradeFigure", entityId: figure.id, action: "UPDATE" } })).toBe(1);
  });

  it("warns of a likely duplicate (same scope, countries and period) with a link target, and saves it when confirmed", async () => {
    const figure = await created();
    const before = await counts();
    const again = { ...figure.input, valueUsd: "251000000" };
    const refused = await createTradeFigure(prisma, actors.editor, again);
    expect(refused).toMatchObject({ ok: false, error: "duplicate", duplicate: { id: figure.id } });
    expect(await counts()).toEqual(before);
    // The same pair typed the other way round is the same series.
    expect(await createTradeFigure(prisma, actors.editor, { ...again, countryACode: again.countryBCode, countryBCode: again.countryACode })).toMatchObject({
      error: "duplicate",
    });
    expect(await createTradeFigure(prisma, actors.editor, { ...again, confirmDuplicate: "on" })).toMatchObject({ ok: true });
  });

  // The probe's race, for figures: identical saves sent at once must not all be written.
  it("saves one of four identical figures sent at once and warns about the other three", async () => {
    const input = tradeFigureFormInput();
    const results = await Promise.all([1, 2, 3, 4].map(() => createTradeFigure(prisma, actors.editor, input)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "duplicate")).toHaveLength(3);
    expect(
      await prisma.tradeFigure.count({
        where: {
          countryACode: input.countryACode,
          countryBCode: input.countryBCode,
          periodStart: new Date(input.periodStart),
          periodEnd: new Date(input.periodEnd),
        },
      }),
    ).toBe(1);
  });

  it("does not count a figure as its own duplicate when it is edited", async () => {
    const figure = await created();
    expect(await updateTradeFigure(prisma, actors.editor, { ...figure.input, noteEn: "checked", id: figure.id, version: "1" })).toMatchObject({ ok: true });
  });

  it("stores HTML in a note as text", async () => {
    const payload = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const figure = await created(tradeFigureFormInput({ noteEn: payload }));
    expect((await prisma.tradeFigure.findUniqueOrThrow({ where: { id: figure.id } })).noteEn).toBe(payload);
  });
});

describe("bad trade-figure input is refused with a field error and writes nothing", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["an absurd value", { valueUsd: "999999999999999" }, "valueUsd", "validation.tooLarge"],
    ["a negative value", { valueUsd: "-250000000" }, "valueUsd", "validation.positive"],
    ["a value in words", { valueUsd: "3 billion" }, "valueUsd", "validation.amount"],
    ["a period ending in the year 3000", { periodEnd: "3000-12-31" }, "periodEnd", "validation.dateInFuture"],
    ["a period before 1991", { periodStart: "1980-01-01" }, "periodStart", "validation.dateTooEarly"],
    ["a 10,000-character note", { noteEn: "x".repeat(10_000) }, "noteEn", "validation.tooLong"],
    ["an unknown scope", { scope: "GALACTIC" }, "scope", "validation.unknownOption"],
    ["an absurd growth rate", { growthPercent: "50000" }, "growthPercent", "validation.percentRange"],
    ["a forged source id", { citations: [{ sourceId: "src-forged" }] }, "citations.0.sourceId", "validation.unknownRecord"],
    ["an unknown country code (Antarctica is not in the registry)", { countryACode: "AQ" }, "countryACode", "validation.countryCode"],
    ["the same country twice", { countryACode: "KZ", countryBCode: "KZ" }, "countryBCode", "validation.sameCountry"],
    ["no source at all", { citations: [] }, "citations", "validation.sourceRequired"],
  ];

  it.each(cases)("refuses %s", async (_name, override, field, key) => {
    const before = await counts();
    const result = await createTradeFigure(prisma, actors.editor, tradeFigureFormInput(override));
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    expect(!result.ok && result.fieldErrors?.[field]?.key).toBe(key);
    expect(await counts()).toEqual(before);
  });

  it("refuses an edit of a forged id", async () => {
    const before = await counts();
    expect(await updateTradeFigure(prisma, actors.editor, { ...tradeFigureFormInput(), id: "no-such-figure", version: "1" })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await updateTradeFigure(prisma, actors.editor, { ...tradeFigureFormInput(), id: "'; DROP TABLE x;--", version: "1" })).toMatchObject({
      ok: false,
      error: "invalid",
    });
    expect(await counts()).toEqual(before);
  });
});
