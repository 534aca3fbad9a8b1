import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTarget, updateTarget } from "@/lib/records/targets";
import { deleteRecord } from "@/lib/records/lifecycle";
import { targetFormInput } from "@/tests/factories/records";
import { expectEditorsOnly, expectRefused, savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

const actors = setUpActorsOfEveryRole();

const newTarget = (overrides: Record<string, unknown> = {}) => savedOrThrow(createTarget(prisma, actors.editor, targetFormInput(overrides)));

describe("createTarget", () => {
  it("refuses anonymous and VIEWER and writes nothing; EDITOR and ADMIN may create", async () => {
    await expectEditorsOnly(actors, (actor) => createTarget(prisma, actor, targetFormInput()));
  });

  it("stores a bilateral target with its countries in alphabetical order, the exact amount and a citation", async () => {
    const { id } = await newTarget({ countryACode: "UZ", countryBCode: "KZ", valueUsd: "10 000 000 000", deadlineYear: "2030", setAtEventId: "event-cm-7" });
    const stored = await prisma.target.findUniqueOrThrow({ where: { id }, include: { citations: true } });
    expect(stored).toMatchObject({
      scope: "BILATERAL",
      countryACode: "KZ",
      countryBCode: "UZ",
      deadlineYear: 2030,
      setAtEventId: "event-cm-7",
      horizonEn: "in the coming years",
    });
    expect(stored.valueUsd.toFixed(2)).toBe("10000000000.00");
    expect(stored.citations).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { entity: "target", entityId: id, action: "CREATE" } })).toBe(1);
  });

  it("stores an intra-regional target without countries", async () => {
    const { id } = await newTarget({ scope: "INTRA_REGIONAL", countryACode: "", countryBCode: "" });
    expect(await prisma.target.findUniqueOrThrow({ where: { id } })).toMatchObject({ countryACode: null, countryBCode: null });
  });

  it.each([
    ["a negative value", { valueUsd: "-5" }, "valueUsd"],
    ["an absurd value", { valueUsd: "1" + "0".repeat(15) }, "valueUsd"],
    ["a deadline in the year 3000", { deadlineYear: "3000" }, "deadlineYear"],
    ["a deadline that is not a whole year", { deadlineYear: "2030.5" }, "deadlineYear"],
    ["a set-on date in the year 3000", { setOn: "3000-01-01" }, "setOn"],
    ["a bilateral target with one country", { countryBCode: "" }, "countryBCode"],
    ["a bilateral target with the same country twice", { countryACode: "KZ", countryBCode: "KZ" }, "countryBCode"],
    ["an intra-regional target with a country", { scope: "INTRA_REGIONAL", countryBCode: "" }, "countryACode"],
    ["a partner-region target without the partner", { scope: "PARTNER_REGION", countryACode: "", countryBCode: "" }, "countryACode"],
    ["an unknown scope", { scope: "GALACTIC" }, "scope"],
    ["an unknown country", { countryACode: "ZZ" }, "countryACode"],
    ["a forged event id", { setAtEventId: "event-forged" }, "setAtEventId"],
    ["a 10,000-character horizon", { horizonEn: "x".repeat(10_000) }, "horizonEn"],
    ["no source", { citations: [] }, "citations"],
  ])("refuses %s with a field error and writes nothing", async (_name, overrides, field) => {
    const refused = await expectRefused(() => createTarget(prisma, actors.editor, targetFormInput(overrides)), "invalid");
    expect(refused.fieldErrors?.[field]).toBeDefined();
  });
});

describe("updateTarget", () => {
  it("refuses anonymous and VIEWER and changes nothing; EDITOR and ADMIN may edit", async () => {
    const { id } = await newTarget();
    const edit = (version: number) => ({ ...targetFormInput({ horizonEn: `by ${2030 + version}` }), id, version: String(version) });
    const stored = () => prisma.target.findUniqueOrThrow({ where: { id } });
    expect(await expectEditorsOnly(actors, (actor, version) => updateTarget(prisma, actor, edit(version)), stored)).toMatchObject([
      { version: 2 },
      { version: 3 },
    ]);
  });

  it("refuses a save over a newer version and keeps the first save", async () => {
    const { id } = await newTarget();
    expect(await updateTarget(prisma, actors.editor, { ...targetFormInput({ valueUsd: "12000000000" }), id, version: "1" })).toMatchObject({ ok: true });
    const second = await updateTarget(prisma, actors.admin, { ...targetFormInput({ valueUsd: "9000000000" }), id, version: "1" });
    expect(second).toMatchObject({ ok: false, error: "conflict" });
    expect(second.ok ? [] : second.conflict?.changes.map((c) => c.field)).toContain("valueUsd");
    expect((await prisma.target.findUniqueOrThrow({ where: { id } })).valueUsd.toFixed(0)).toBe("12000000000");
  });

  it("refuses a forged target id", async () => {
    expect(await updateTarget(prisma, actors.editor, { ...targetFormInput(), id: "target-forged", version: "1" })).toMatchObject({
      ok: false,
      error: "notFound",
    });
  });
});

describe("deleting a target", () => {
  it("is for ADMIN only", async () => {
    const { id } = await newTarget();
    expect(await deleteRecord(prisma, actors.editor, { entity: "target", id })).toMatchObject({ ok: false, error: "forbidden" });
    expect((await prisma.target.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    expect(await deleteRecord(prisma, actors.admin, { entity: "target", id })).toMatchObject({ ok: true });
    expect((await prisma.target.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  });
});
