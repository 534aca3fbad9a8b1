import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createVenture, updateVenture } from "@/lib/records/ventures";
import { confirmVenture } from "@/lib/records/venture-confirmations";
import { listVentures } from "@/lib/queries/ventures";
import { parseVentureQuery } from "@/lib/validation/venture-filters";
import { confirmationOf } from "@/lib/venture-confirmation";
import { createActor } from "@/tests/factories/actors";
import { ventureFormInput } from "@/tests/factories/ventures";
import { expectRefused, savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

const actors = setUpActorsOfEveryRole();

async function stateOf(id: string) {
  const venture = await prisma.jointVenture.findUniqueOrThrow({
    where: { id },
    select: { version: true, confirmedBy: true, fullyConfirmed: true, partners: true, confirmations: true },
  });
  return { ...venture, ...confirmationOf(venture, venture.confirmations) };
}

describe("confirmation by both partner ministries", () => {
  it("shows Kazakhstan's confirmation while awaiting Uzbekistan's, then both; a change of the facts asks both again", async () => {
    const uzbekEditor = await createActor(prisma, "EDITOR", "UZ");
    const { id } = await savedOrThrow(createVenture(prisma, actors.editor, ventureFormInput()));
    expect((await stateOf(id)).state).toBe("none");

    await savedOrThrow(confirmVenture(prisma, actors.editor, { id, version: "1" }));
    let venture = await stateOf(id);
    expect(venture).toMatchObject({ state: "partial", confirmedBy: ["KZ"], fullyConfirmed: false });
    expect(venture.countries.map((c) => [c.code, c.confirmedAt !== null])).toEqual([
      ["KZ", true],
      ["UZ", false],
    ]);
    const filter = (confirmed: string) => listVentures(parseVentureQuery({ confirmed, q: ventureFormInput().nameEn.slice(0, 7), limit: "100" }));
    expect((await filter("partly")).items.map((v) => v.id)).toContain(id);

    await savedOrThrow(confirmVenture(prisma, uzbekEditor, { id, version: "1" }));
    venture = await stateOf(id);
    expect(venture).toMatchObject({ state: "confirmed", confirmedBy: ["KZ", "UZ"], fullyConfirmed: true });
    expect((await filter("all")).items.map((v) => v.id)).toContain(id);
    expect((await filter("partly")).items.map((v) => v.id)).not.toContain(id);

    // Two audit entries, one per ministry, naming the countries.
    const audit = await prisma.auditLog.findMany({
      where: { entity: "venture", entityId: id, action: "UPDATE" },
      orderBy: { at: "asc" },
      select: { after: true, userId: true },
    });
    expect(audit).toEqual([
      { after: { confirmedBy: "KZ" }, userId: actors.editor.id },
      { after: { confirmedBy: "KZ, UZ" }, userId: uzbekEditor.id },
    ]);

    await savedOrThrow(updateVenture(prisma, actors.editor, { ...ventureFormInput(), id, version: 1, cityEn: "Shymkent" }));
    venture = await stateOf(id);
    expect(venture).toMatchObject({ state: "none", confirmedBy: [], fullyConfirmed: false, version: 2 });
    expect(venture.confirmations).toHaveLength(2); // kept, for version 1
    expect((await filter("none")).items.map((v) => v.id)).toContain(id);
  });

  it("refuses a ministry of a country that is not a partner, a viewer, and a confirmation of facts changed since", async () => {
    const tajikEditor = await createActor(prisma, "EDITOR", "TJ");
    const { id } = await savedOrThrow(createVenture(prisma, actors.editor, ventureFormInput()));
    await expectRefused(() => confirmVenture(prisma, tajikEditor, { id, version: "1" }), "forbidden");
    await expectRefused(() => confirmVenture(prisma, actors.viewer, { id, version: "1" }), "forbidden");
    await expectRefused(() => confirmVenture(prisma, null, { id, version: "1" }), "unauthenticated");
    await savedOrThrow(updateVenture(prisma, actors.editor, { ...ventureFormInput(), id, version: 1, cityEn: "Almaty" }));
    await expectRefused(() => confirmVenture(prisma, actors.editor, { id, version: "1" }), "conflict");
    await expectRefused(() => confirmVenture(prisma, actors.editor, { id: "no such venture", version: "2" }), "invalid");
    expect(await prisma.ventureConfirmation.count({ where: { ventureId: id } })).toBe(0);
  });
});

describe("a venture whose source names no partner", () => {
  it("can be edited without inventing one, and a venture with partners cannot lose them", async () => {
    const { id, version } = await savedOrThrow(createVenture(prisma, actors.editor, ventureFormInput()));
    // As the seed holds one: no partner stated.
    await prisma.venturePartner.deleteMany({ where: { ventureId: id } });
    const edited = await savedOrThrow(updateVenture(prisma, actors.editor, { ...ventureFormInput(), id, version, partners: [], cityEn: "Turkestan" }));
    expect(await prisma.jointVenture.findUniqueOrThrow({ where: { id }, select: { cityEn: true, partners: true } })).toEqual({
      cityEn: "Turkestan",
      partners: [],
    });
    const other = await savedOrThrow(createVenture(prisma, actors.editor, ventureFormInput()));
    const refused = await expectRefused(
      () => updateVenture(prisma, actors.editor, { ...ventureFormInput(), id: other.id, version: other.version, partners: [] }),
      "invalid",
    );
    expect(refused.fieldErrors?.partners?.key).toBe("validation.partnerRequired");
    expect(await prisma.venturePartner.count({ where: { ventureId: other.id } })).toBe(2);
    expect(edited.version).toBe(version + 1);
  });
});
