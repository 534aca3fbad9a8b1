import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { searchPortal, type SearchHit } from "@/lib/queries/search";

afterAll(() => prisma.$disconnect());

const keys = (hits: SearchHit[], kind: SearchHit["kind"]) => hits.filter((h) => h.kind === kind).map((h) => h.key);

describe("searchPortal", () => {
  it("finds the events held in Tashkent by the Russian place name", async () => {
    const { hits } = await searchPortal("Ташкент");
    expect(keys(hits, "event")).toEqual(
      expect.arrayContaining(["consultative-meeting-2", "consultative-meeting-7", "ca-az-trade-ministers-council-2025", "great-silk-road-forum-2025"]),
    );
    expect(keys(hits, "event")).not.toContain("consultative-meeting-1");
  });

  it("finds the water initiative of the VII meeting by an English word", async () => {
    const { hits } = await searchPortal("water");
    expect(keys(hits, "initiative")).toContain("ini-vii-water");
    expect(keys(hits, "initiative")).not.toContain("ini-vii-tourism");
  });

  it("finds the rare-earth research centre by a partial Russian word", async () => {
    const { hits } = await searchPortal("редкоземель");
    expect(keys(hits, "initiative")).toEqual(["ini-vii-rare-earth-research-center"]);
  });

  it("finds Azerbaijan's accession decision and the events it took part in", async () => {
    const { hits } = await searchPortal("Azerbaijan");
    expect(keys(hits, "document")).toContain("doc-vii-azerbaijan-accession");
    expect(keys(hits, "event")).toEqual(expect.arrayContaining(["consultative-meeting-7", "ca-az-trade-ministers-council-2025"]));
    expect(keys(hits, "initiative")).toContain("ini-ca-az-green-energy-export");
  });

  it("finds the $20bn target by the president who set it, with its value for the title", async () => {
    const { hits, targets } = await searchPortal("Токаев");
    expect(keys(hits, "target")).toEqual(["tgt-ca-20bn"]);
    expect(targets["tgt-ca-20bn"]?.valueUsd.toString()).toBe("20000000000");
  });

  it("finds the three joint ventures in Kostanay and the sources by title", async () => {
    expect(keys((await searchPortal("Kostanay")).hits, "venture").sort()).toEqual([
      "jv-man-auto-uzbekistan-saryarkaavtoprom",
      "jv-nurafshon",
      "jv-uzauto-saryarkaavtoprom",
    ]);
    expect(keys((await searchPortal("промышленной кооперации")).hits, "source")).toEqual(expect.arrayContaining(["src-s2"]));
  });

  it("finds Tashkent misspelt as Tashkend through trigram similarity", async () => {
    expect(keys((await searchPortal("Tashkend")).hits, "event")).toContain("consultative-meeting-7");
  });

  // The probe: these found nothing or almost nothing while "Tashkennt" worked.
  it("finds the records of rare earths and of Tashkent through misspellings of words of four letters or more", async () => {
    const rareEarth = keys((await searchPortal("rare earth")).hits, "initiative");
    expect(rareEarth).toContain("ini-vii-rare-earth-research-center");
    for (const typo of ["rare erth", "reare earth", "редкозимельных"]) {
      const { hits, corrected } = await searchPortal(typo);
      expect(keys(hits, "initiative"), typo).toContain("ini-vii-rare-earth-research-center");
      expect(corrected.length, typo).toBeGreaterThan(0);
    }
    const tashkent = keys((await searchPortal("Ташкент")).hits, "event");
    expect(keys((await searchPortal("Ташкнет")).hits, "event")).toEqual(expect.arrayContaining(tashkent));
    // A correct word is not "corrected".
    expect((await searchPortal("earth")).corrected).toEqual([]);
  });

  it("offers a correction that finds records when a query finds nothing, and none for nonsense", async () => {
    // Three letters: too short to correct on its own, but a suggestion when nothing matches.
    const nothing = await searchPortal("aal");
    expect(nothing.hits).toEqual([]);
    expect(nothing.suggestion).toBe("aral");
    expect((await searchPortal(nothing.suggestion!)).hits.length).toBeGreaterThan(0);
    const nonsense = await searchPortal("qqxzv zzqqx");
    expect(nonsense.hits).toEqual([]);
    expect(nonsense.suggestion).toBeNull();
  });

  it("requires every word to match", async () => {
    expect(keys((await searchPortal("Tashkent water")).hits, "initiative")).toContain("ini-vii-water");
    expect((await searchPortal("Dushanbe water")).hits).toEqual([]);
  });

  it("follows edits: an initiative by its event's new city, a venture by a partner added later", async () => {
    await prisma.event.create({
      data: {
        id: "test-search-ev",
        slug: "test-search-ev",
        kind: "BUSINESS_FORUM",
        titleRu: "Тестовый форум",
        titleEn: "Test forum",
        startDate: new Date("2025-05-05"),
        cityRu: "Тестоград",
        cityEn: "Testograd",
      },
    });
    await prisma.initiative.create({
      data: { id: "test-search-ini", titleRu: "Тестовая инициатива", titleEn: "Test initiative", sector: "TRADE", eventId: "test-search-ev" },
    });
    await prisma.jointVenture.create({ data: { id: "test-search-jv", nameRu: "Тестовое СП", nameEn: "Test JV", sector: "ENERGY", status: "ANNOUNCED" } });
    try {
      expect(keys((await searchPortal("Testograd")).hits, "initiative")).toEqual(["test-search-ini"]);
      await prisma.event.update({ where: { id: "test-search-ev" }, data: { cityRu: "Новоград", cityEn: "Novograd" } });
      expect(keys((await searchPortal("Новоград")).hits, "initiative")).toEqual(["test-search-ini"]);
      expect(keys((await searchPortal("Testograd")).hits, "initiative")).toEqual([]);
      await prisma.venturePartner.create({ data: { id: "test-search-p1", ventureId: "test-search-jv", companyName: "Zyxwell Holding", countryCode: "KG" } });
      expect(keys((await searchPortal("zyxwell")).hits, "venture")).toEqual(["test-search-jv"]);
    } finally {
      await prisma.jointVenture.delete({ where: { id: "test-search-jv" } });
      await prisma.initiative.delete({ where: { id: "test-search-ini" } });
      await prisma.event.delete({ where: { id: "test-search-ev" } });
    }
  });

  it.each([
    ["quotes", `"'; DROP TABLE "Event"; --`],
    ["markup", "<script>alert(1)</script>"],
    ["emoji", "🚀🔥 water 💧"],
    ["tsquery operators", "a & | ! :* ( ) <-> b"],
    ["10,000 characters", "ташкент ".repeat(1250)],
    ["only punctuation", "!!! ??? ..."],
  ])("answers any input without an error (%s)", async (_, query) => {
    const result = await searchPortal(query);
    expect(Array.isArray(result.hits)).toBe(true);
    expect(result.terms.length).toBeLessThanOrEqual(8);
  });

  it("still finds the water initiative when emoji surround the word", async () => {
    const { hits } = await searchPortal("🚀🔥 water 💧");
    expect(keys(hits, "initiative")).toContain("ini-vii-water");
  });

  it("leaves the tables intact after an injection attempt", async () => {
    await searchPortal(`'); DELETE FROM "Event"; --`);
    expect(await prisma.event.count()).toBe(11);
  });
});
