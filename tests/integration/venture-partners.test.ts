import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createVenture } from "@/lib/records/ventures";
import { getVenture, listVentures } from "@/lib/queries/ventures";
import { ventureQuerySchema } from "@/lib/validation/venture-filters";
import { ventureFormInput } from "@/tests/factories/ventures";
import { setUpActorsOfEveryRole } from "@/tests/support/workspace";

// Partners as the sources describe them: unnamed, binational, or with a country read from context.

const actors = setUpActorsOfEveryRole();

const partnersOf = (ventureId: string) =>
  prisma.venturePartner.findMany({
    where: { ventureId },
    orderBy: { position: "asc" },
    select: { companyName: true, countryCode: true, secondCountryCode: true, countryInferred: true },
  });

describe("venture partners in the workspace", () => {
  it("saves a partner the source does not name, with its country marked inferred, and shows it", async () => {
    const result = await createVenture(
      prisma,
      actors.editor,
      ventureFormInput({
        partners: [
          { companyName: "Test Host JSC", countryCode: "KZ" },
          { companyName: "", countryCode: "UZ", countryInferred: "on" },
        ],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await partnersOf(result.id)).toEqual([
      { companyName: "Test Host JSC", countryCode: "KZ", secondCountryCode: null, countryInferred: false },
      { companyName: null, countryCode: "UZ", secondCountryCode: null, countryInferred: true },
    ]);
    const venture = await getVenture(result.id);
    expect(venture?.partners.map((p) => [p.companyName, p.country?.code, p.countryInferred])).toEqual([
      ["Test Host JSC", "KZ", false],
      [null, "UZ", true],
    ]);
  });

  it("saves a binational company with both countries and finds it by that pair", async () => {
    const result = await createVenture(
      prisma,
      actors.editor,
      ventureFormInput({ partners: [{ companyName: "Test Kyrgyz–Turkmen Co", countryCode: "KG", secondCountryCode: "TM" }], countryCode: "" }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await partnersOf(result.id)).toEqual([
      { companyName: "Test Kyrgyz–Turkmen Co", countryCode: "KG", secondCountryCode: "TM", countryInferred: false },
    ]);
    const found = await listVentures(ventureQuerySchema.parse({ pair: "TM-KG" }));
    expect(found.items.map((v) => v.id)).toContain(result.id);
  });

  it("refuses a partner with the same second country, an unknown one, or no country, the database unchanged", async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ companyName: "Twice Co", countryCode: "KZ", secondCountryCode: "KZ" }, "partners.0.secondCountryCode", "validation.sameCountryTwice"],
      [{ companyName: "Ghost Co", countryCode: "KZ", secondCountryCode: "XX" }, "partners.0.secondCountryCode", "validation.countryCode"],
      [{ companyName: "", countryCode: "", secondCountryCode: "UZ" }, "partners.0.countryCode", "validation.countryCode"],
    ];
    for (const [partner, field, key] of cases) {
      const before = await prisma.venturePartner.count();
      const result = await createVenture(prisma, actors.editor, ventureFormInput({ partners: [partner] }));
      expect(result).toMatchObject({ ok: false, error: "invalid" });
      expect(result.ok === false && result.fieldErrors?.[field]?.key, JSON.stringify(partner)).toBe(key);
      expect(await prisma.venturePartner.count()).toBe(before);
    }
  });
});
