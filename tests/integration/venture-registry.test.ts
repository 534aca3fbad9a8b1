import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getVenture, listVentures, summarizeVentures } from "@/lib/queries/ventures";
import { deleteSyntheticVentures, insertSyntheticVentures, syntheticVenture } from "@/lib/synthetic/ventures";
import { parseVentureQuery, ventureQuerySchema, type VentureQuery } from "@/lib/validation/venture-filters";
import { explainAnalyze, REGISTRY_FILTERS, registryPageSql, registryTotalsSql, seqScans } from "@/tests/support/query-plans";

afterAll(() => prisma.$disconnect());

const query = (params: Record<string, string>): VentureQuery => ventureQuerySchema.parse(params);
const names = (page: { items: { id: string }[] }) => page.items.map((v) => v.id).sort();

describe("venture registry filters on the seeded facts", () => {
  it("lists the five ventures of the source, none with a reported investment", async () => {
    const page = await listVentures(query({}));
    expect(page.total).toBe(5);
    expect(page.withInvestment).toBe(0);
    expect(page.knownInvestmentUsd).toBeNull();
  });

  it("finds the four Uzbek–Kazakh ventures of the 2021 state-visit paragraph by country pair, in either order", async () => {
    // Alliance is «казахстанско-узбекская», Nurafshon's Uzbek side is unnamed; Turkestan Textile names no partner.
    const expected = ["jv-alliance-textile", "jv-man-auto-uzbekistan-saryarkaavtoprom", "jv-nurafshon", "jv-uzauto-saryarkaavtoprom"];
    expect(names(await listVentures(query({ pair: "KZ-UZ" })))).toEqual(expected);
    expect(names(await listVentures(query({ pair: "UZ-KZ" })))).toEqual(expected);
    expect((await listVentures(query({ pair: "KZ-TJ" }))).total).toBe(0);
  });

  it("counts a country as a partner or as the venture's location", async () => {
    // Turkestan Textile names no partner but is in Kazakhstan; Alliance is both Kazakh and Uzbek.
    expect((await listVentures(query({ country: "KZ" }))).total).toBe(5);
    expect((await listVentures(query({ country: "UZ" }))).total).toBe(4);
  });

  it("combines sector, status, year and search", async () => {
    expect(names(await listVentures(query({ sector: "TEXTILES" })))).toEqual(["jv-alliance-textile", "jv-turkestan-textile"]);
    expect(names(await listVentures(query({ status: "OPERATING" })))).toEqual(["jv-turkestan-textile"]);
    expect(names(await listVentures(query({ year: "2021" })))).toEqual(["jv-nurafshon"]);
    expect((await listVentures(query({ q: "Костанай" }))).total).toBe(3);
    expect(names(await listVentures(query({ q: "saryarka man" })))).toEqual(["jv-man-auto-uzbekistan-saryarkaavtoprom"]);
    expect((await listVentures(query({ investment: "unknown" }))).total).toBe(5);
    expect((await listVentures(query({ investment: "over-1bn" }))).total).toBe(0);
  });

  it("sorts by date with undated ventures last, and by name in the page's language", async () => {
    expect((await listVentures(query({ sort: "date" }))).items[0]?.id).toBe("jv-nurafshon");
    const byName = await listVentures(query({ sort: "name" }), { locale: "en" });
    expect(byName.items.map((v) => v.nameEn)).toEqual([...byName.items.map((v) => v.nameEn)].sort((a, b) => (a < b ? -1 : 1)));
  });

  it("pages with a capped size and keeps the total of the whole filtered set", async () => {
    const first = await listVentures(query({ limit: "2" }));
    const third = await listVentures(query({ limit: "2", page: "3" }));
    expect(first.items).toHaveLength(2);
    expect(third.items).toHaveLength(1);
    expect(third.total).toBe(5);
    expect(new Set([...names(first), ...names(third)]).size).toBe(3);
  });

  it("leaves out soft-deleted and synthetic ventures, and has no page for them", async () => {
    await prisma.jointVenture.createMany({
      data: [
        {
          id: "test-deleted-jv",
          nameRu: "Удалённое СП",
          nameEn: "Deleted JV",
          sector: "TEXTILES",
          status: "OPERATING",
          countryCode: "KZ",
          deletedAt: new Date(),
        },
        {
          id: "test-synthetic-jv",
          nameRu: "Синтетическое СП",
          nameEn: "Synthetic JV",
          sector: "TEXTILES",
          status: "OPERATING",
          countryCode: "KZ",
          isSynthetic: true,
        },
      ],
    });
    try {
      expect((await listVentures(query({ sector: "TEXTILES" }))).total).toBe(2);
      expect((await listVentures(query({ sector: "TEXTILES" }), { includeSynthetic: true })).total).toBe(3);
      expect(await getVenture("test-deleted-jv")).toBeNull();
      expect(await getVenture("test-synthetic-jv")).toBeNull();
      expect((await summarizeVentures()).total).toBe(5);
    } finally {
      await prisma.jointVenture.deleteMany({ where: { id: { in: ["test-deleted-jv", "test-synthetic-jv"] } } });
    }
  });

  it("counts a binational partner under both its countries, and only one once the second is cleared", async () => {
    await prisma.jointVenture.create({
      data: {
        id: "test-binational-jv",
        nameRu: "Тестовое двустороннее СП",
        nameEn: "Test binational JV",
        sector: "ENERGY",
        status: "ANNOUNCED",
        partners: { create: [{ id: "test-binational-p1", companyName: "Kyrgyz–Tajik Test Co", countryCode: "KG", secondCountryCode: "TJ" }] },
      },
    });
    try {
      expect(names(await listVentures(query({ pair: "KG-TJ" })))).toEqual(["test-binational-jv"]);
      await prisma.venturePartner.update({ where: { id: "test-binational-p1" }, data: { secondCountryCode: null } });
      expect((await listVentures(query({ pair: "KG-TJ" }))).total).toBe(0);
      expect(names(await listVentures(query({ country: "KG" })))).toEqual(["test-binational-jv"]);
    } finally {
      await prisma.jointVenture.delete({ where: { id: "test-binational-jv" } });
    }
  });

  it("finds a venture by pair and partner name as soon as a partner is added, and not after it is removed", async () => {
    await prisma.jointVenture.create({
      data: {
        id: "test-trigger-jv",
        nameRu: "Тестовое СП",
        nameEn: "Test JV",
        sector: "ENERGY",
        status: "ANNOUNCED",
        countryCode: "TJ",
        partners: { create: [{ id: "test-trigger-p1", companyName: "Pamir Energy Test", countryCode: "TJ" }] },
      },
    });
    try {
      expect((await listVentures(query({ pair: "TJ-TM" }))).total).toBe(0);
      await prisma.venturePartner.create({
        data: { id: "test-trigger-p2", ventureId: "test-trigger-jv", companyName: "Turkmen Test Partner", countryCode: "TM" },
      });
      expect(names(await listVentures(query({ pair: "TM-TJ" })))).toEqual(["test-trigger-jv"]);
      expect(names(await listVentures(query({ q: "turkmen test" })))).toEqual(["test-trigger-jv"]);
      await prisma.venturePartner.delete({ where: { id: "test-trigger-p2" } });
      expect((await listVentures(query({ pair: "TJ-TM" }))).total).toBe(0);
      expect((await listVentures(query({ country: "TJ" }))).total).toBe(1);
    } finally {
      await prisma.jointVenture.delete({ where: { id: "test-trigger-jv" } });
    }
  });

  it("shows a venture with its partners' countries and the quoted source", async () => {
    const venture = await getVenture("jv-uzauto-saryarkaavtoprom");
    expect(venture?.partners.map((p) => [p.companyName, p.country?.code, p.countryInferred])).toEqual([
      ["UzAuto Motors", "UZ", true],
      ["SaryarkaAvtoProm", "KZ", true],
    ]);
    expect(venture?.citations[0]?.source.id).toBe("src-s2");
    expect(venture?.citations[0]?.quote).toContain("Костана");
    expect(await getVenture("jv-nonexistent")).toBeNull();
    expect(await getVenture("jv'; DROP TABLE")).toBeNull();
  });

  it("summarises ventures per country, pair and sector for the map", async () => {
    const summary = await summarizeVentures();
    expect(summary.byCountry.map((c) => [c.code, c.ventures])).toEqual([
      ["KZ", 5],
      ["UZ", 4],
    ]);
    expect(summary.byPair).toEqual([{ a: "KZ", b: "UZ", ventures: 4 }]);
    expect(summary.bySector.map((s) => [s.sector, s.ventures])).toEqual([
      ["AUTOMOTIVE", 2],
      ["TEXTILES", 2],
      ["MACHINERY", 1],
    ]);
    expect(summary.byPlace.find((p) => p.cityEn === "Kostanay")?.ventures).toBe(3);
  });

  it("reads a malformed page URL as the defaults, and a page past the cap as the last allowed", () => {
    expect(parseVentureQuery({ pair: "KZ-KZ", sector: "ROCKETS", page: "-3", limit: "1000", q: "  " })).toMatchObject({
      pair: undefined,
      sector: undefined,
      page: 1,
      limit: 25,
      q: undefined,
    });
    expect(parseVentureQuery({ page: "999999" }).page).toBe(401);
  });
});

// Enough ventures for the planner to prefer the indexes, and few enough that ANALYZE reads
// them all (its sample is 30,000 rows): the same statistics, so the same plans, on every
// run. The 100,000 and their times are the scale suite's (tests/scale).
const SYNTHETIC = 20_000;

describe("the registry with 20,000 synthetic ventures", () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await insertSyntheticVentures(client, { count: SYNTHETIC, seed: 7 });
    await client.query(`ANALYZE "JointVenture"; ANALYZE "VenturePartner"`);
  }, 120_000);

  afterAll(async () => {
    await deleteSyntheticVentures(client);
    await client.end();
  });

  it("writes the same countries, search texts and vectors the database triggers derive", async () => {
    const { rows: before } = await client.query(
      `SELECT id, countries, "searchText", "searchRu", "searchEn", "searchVectorRu"::text, "searchVectorEn"::text FROM "JointVenture" WHERE id = ANY($1) ORDER BY id`,
      [["syn-jv-7-000001", "syn-jv-7-014321"]],
    );
    await client.query(`UPDATE "JointVenture" SET "countryCode" = "countryCode" WHERE id = ANY($1)`, [["syn-jv-7-000001", "syn-jv-7-014321"]]);
    const { rows: after } = await client.query(
      `SELECT id, countries, "searchText", "searchRu", "searchEn", "searchVectorRu"::text, "searchVectorEn"::text FROM "JointVenture" WHERE id = ANY($1) ORDER BY id`,
      [["syn-jv-7-000001", "syn-jv-7-014321"]],
    );
    expect(before).toHaveLength(2);
    expect(after).toEqual(before);
  });

  it("generates the same venture for the same seed and index", () => {
    expect(syntheticVenture(123, 7)).toEqual(syntheticVenture(123, 7));
    expect(syntheticVenture(123, 7).id).not.toBe(syntheticVenture(124, 7).id);
  });

  it("returns the right rows for a filtered page (pair, sector, by investment, page 5), end to end", async () => {
    const filtered = query({ pair: "UZ-KZ", sector: "AUTOMOTIVE", sort: "investment", page: "5", limit: "25" });
    // The same filter applied to the generator's own rows: the expected total and order.
    const expected = Array.from({ length: SYNTHETIC }, (_, i) => syntheticVenture(i, 7)).filter(
      (v) => v.sector === "AUTOMOTIVE" && new Set(v.partners.map((p) => p.countryCode)).has("KZ") && v.partners.some((p) => p.countryCode === "UZ"),
    );
    const page = await listVentures(filtered, { includeSynthetic: true });
    // The two seeded automotive ventures between Uzbek and Kazakh partners match too (no investment: last).
    expect(page.total).toBe(expected.length + 2);
    const byInvestment = expected
      .filter((v) => v.investmentUsd !== null)
      .sort((a, b) => Number(b.investmentUsd) - Number(a.investmentUsd) || (a.id < b.id ? -1 : 1));
    expect(page.items).toHaveLength(25);
    expect(page.items.map((v) => v.id)).toEqual(byInvestment.slice(100, 125).map((v) => v.id));
  });

  it("finds ventures by country, search words and year, end to end", async () => {
    const page = await listVentures(query({ country: "TJ", q: "solar", year: "2020" }), { includeSynthetic: true });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((v) => v.productsEn === "solar panels" && v.establishedOn?.getUTCFullYear() === 2020)).toBe(true);
  });

  for (const [name, where] of Object.entries(REGISTRY_FILTERS)) {
    it(`runs the ${name} page and totals queries from the indexes (EXPLAIN ANALYZE)`, async () => {
      for (const sql of [registryPageSql(where), registryTotalsSql(where)]) {
        const { plan } = await explainAnalyze(client, sql);
        expect(JSON.stringify(plan)).toMatch(/JointVenture_(countries|sector|searchText_trgm)_idx/);
        expect(seqScans(plan, ["JointVenture"])).toEqual([]);
      }
    });
  }

  it("keeps the synthetic rows out of the public registry", async () => {
    expect((await listVentures(query({}))).total).toBe(5);
  });
});
