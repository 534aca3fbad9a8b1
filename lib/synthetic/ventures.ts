import { Sector, VentureStatus } from "@/lib/generated/prisma/enums";
import { PLACES } from "@/lib/geo/places";
import { columnOf, insertInBatches, type Client, type InsertOptions } from "@/lib/synthetic/batches";
import { pick, random } from "@/lib/synthetic/random";
import { isoDay } from "@/lib/format";

// Synthetic joint ventures for load tests and benchmarks: deterministic (the same seed gives
// the same rows), plausible (country pairs weighted towards the busiest corridors, dates
// 2015–2025, investments from $100k to $2bn, some unreported), and marked isSynthetic so
// public pages never show them and one DELETE removes them. Issue 7's `db:synth` reuses it.

export type SyntheticVenture = {
  id: string;
  nameRu: string;
  nameEn: string;
  sector: Sector;
  productsRu: string;
  productsEn: string;
  cityRu: string;
  cityEn: string;
  countryCode: string;
  status: VentureStatus;
  establishedOn: string | null; // YYYY-MM-DD
  investmentUsd: string | null;
  partners: { companyName: string; countryCode: string }[];
};

// Busier corridors appear more often: weights, not measured shares.
const PAIRS: readonly [string, string, number][] = [
  ["KZ", "UZ", 30],
  ["KG", "KZ", 12],
  ["KG", "UZ", 10],
  ["TJ", "UZ", 10],
  ["TM", "UZ", 6],
  ["KZ", "TJ", 5],
  ["KZ", "TM", 4],
  ["AZ", "KZ", 6],
  ["AZ", "UZ", 6],
  ["KG", "TJ", 4],
  ["AZ", "TM", 3],
  ["TJ", "TM", 2],
  ["AZ", "KG", 1],
  ["AZ", "TJ", 1],
];
const PAIR_WEIGHT = PAIRS.reduce((sum, [, , w]) => sum + w, 0);

const PRODUCTS: Partial<Record<Sector, [string, string]>> = {
  AUTOMOTIVE: ["автомобили", "cars"],
  MACHINERY: ["сельскохозяйственная техника", "agricultural machinery"],
  TEXTILES: ["хлопковая пряжа", "cotton yarn"],
  AGRICULTURE: ["переработка зерна", "grain processing"],
  ENERGY: ["солнечные панели", "solar panels"],
  MINING: ["медный концентрат", "copper concentrate"],
  TRANSPORT: ["логистические услуги", "logistics services"],
  INDUSTRY: ["строительные материалы", "building materials"],
  DIGITAL: ["программное обеспечение", "software"],
  TOURISM: ["туристические услуги", "tourism services"],
};
const SECTORS = Object.keys(PRODUCTS) as Sector[];
const STATUSES = Object.values(VentureStatus);
const SUFFIX: Record<string, string> = { KZ: "LLP", UZ: "LLC", KG: "LLC", TJ: "LLC", TM: "HJ", AZ: "MMC" };

/** The i-th synthetic venture of a run with this seed (0-based); the same inputs give the same venture. */
export function syntheticVenture(index: number, seed = 1): SyntheticVenture {
  const next = random(seed * 1_000_003 + index);
  let roll = next() * PAIR_WEIGHT;
  const pair = PAIRS.find(([, , w]) => (roll -= w) < 0) ?? PAIRS[0]!;
  const [a, b] = next() < 0.5 ? [pair[0], pair[1]] : [pair[1], pair[0]];
  const host = next() < 0.5 ? a : b;
  const places = PLACES.filter((place) => place.countryCode === host);
  const place = pick(places, next());
  const sector = pick(SECTORS, next());
  const [productsRu, productsEn] = PRODUCTS[sector]!;
  const number = String(index + 1).padStart(6, "0");
  const companyA = `Synthetic ${a} ${number} ${SUFFIX[a]}`;
  const companyB = `Synthetic ${b} ${number} ${SUFFIX[b]}`;
  const year = 2015 + Math.floor(next() * 11);
  const day = new Date(Date.UTC(year, 0, 1 + Math.floor(next() * 365)));
  const established = next() < 0.9 ? isoDay(day) : null;
  // Log-uniform between $100k and $2bn, in whole thousands; 30% report no figure.
  const investment = next() < 0.7 ? String(Math.round(Math.exp(Math.log(1e5) + next() * (Math.log(2e9) - Math.log(1e5))) / 1000) * 1000) : null;
  return {
    id: `syn-jv-${seed}-${number}`,
    nameRu: `Синтетическое СП ${number}: ${productsRu}`,
    nameEn: `Synthetic JV ${number}: ${productsEn}`,
    sector,
    productsRu,
    productsEn,
    cityRu: place.cityRu,
    cityEn: place.cityEn,
    countryCode: host,
    status: pick(STATUSES, next()),
    establishedOn: established,
    investmentUsd: investment,
    partners: [
      { companyName: companyA, countryCode: a },
      { companyName: companyB, countryCode: b },
    ],
  };
}

export type CountryNames = Map<string, { nameRu: string; nameEn: string }>;

/**
 * What the database trigger would derive for the venture (migrations venture_registry_indexes
 * and search_indexes), except the text-search vectors, which the insert computes from
 * searchRu and searchEn.
 */
export function derivedColumns(
  venture: SyntheticVenture,
  countryNames: CountryNames,
): { countries: string[]; searchText: string; searchRu: string; searchEn: string } {
  const countries = [...new Set([venture.countryCode, ...venture.partners.map((p) => p.countryCode)])].sort();
  const partners = venture.partners.map((p) => p.companyName).join(" ");
  const country = countryNames.get(venture.countryCode);
  return {
    countries,
    searchText: [venture.nameRu, venture.nameEn, venture.productsRu, venture.productsEn, venture.cityRu, venture.cityEn, partners].join(" "),
    searchRu: [venture.nameRu, venture.productsRu, venture.cityRu, country?.nameRu, partners].filter(Boolean).join(" "),
    searchEn: [venture.nameEn, venture.productsEn, venture.cityEn, country?.nameEn, partners].filter(Boolean).join(" "),
  };
}

async function readCountryNames(client: Client): Promise<CountryNames> {
  const { rows } = await client.query<{ code: string; nameRu: string; nameEn: string }>(`SELECT code, "nameRu", "nameEn" FROM "Country"`);
  return new Map(rows.map(({ code, ...names }) => [code, names]));
}

/**
 * Inserts `count` synthetic ventures and their partners in batches, one multi-row INSERT
 * … SELECT FROM unnest(…) per table and batch, in one transaction. The registry's triggers
 * would recompute each venture once per partner statement; instead they are off for the
 * load and the loader writes the same derived columns itself. Returns the number inserted.
 */
export async function insertSyntheticVentures(client: Client, options: InsertOptions): Promise<number> {
  const countryNames = await readCountryNames(client);
  const make = (index: number) => syntheticVenture(index, options.seed);
  return insertInBatches(client, { batchSize: 10_000, withoutTriggers: true, ...options }, make, async (ventures) => {
    const column = columnOf(ventures);
    const derived = columnOf(ventures.map((v) => derivedColumns(v, countryNames)));
    await client.query(
      `INSERT INTO "JointVenture" (id, "nameRu", "nameEn", sector, "productsRu", "productsEn", "cityRu", "cityEn", "countryCode", status, "establishedOn", "investmentUsd", countries, "searchText",
                                   "searchRu", "searchEn", "searchVectorRu", "searchVectorEn", "isSynthetic", "updatedAt")
       SELECT id, "nameRu", "nameEn", sector::"Sector", "productsRu", "productsEn", "cityRu", "cityEn", "countryCode", status::"VentureStatus", "establishedOn"::date, "investmentUsd"::numeric,
              string_to_array(countries, ','), "searchText", "searchRu", "searchEn", to_tsvector('russian', "searchRu"), to_tsvector('english', "searchEn"), true, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
           AS t(id, "nameRu", "nameEn", sector, "productsRu", "productsEn", "cityRu", "cityEn", "countryCode", status, "establishedOn", "investmentUsd", countries, "searchText", "searchRu", "searchEn")`,
      [
        column("id"),
        column("nameRu"),
        column("nameEn"),
        column("sector"),
        column("productsRu"),
        column("productsEn"),
        column("cityRu"),
        column("cityEn"),
        column("countryCode"),
        column("status"),
        column("establishedOn"),
        column("investmentUsd"),
        derived("countries").map((codes) => codes.join(",")),
        derived("searchText"),
        derived("searchRu"),
        derived("searchEn"),
      ],
    );
    const partners = columnOf(ventures.flatMap((v) => v.partners.map((p, position) => ({ id: `${v.id}-p${position + 1}`, ventureId: v.id, position, ...p }))));
    await client.query(
      `INSERT INTO "VenturePartner" (id, "ventureId", "companyName", "countryCode", position)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])`,
      [partners("id"), partners("ventureId"), partners("companyName"), partners("countryCode"), partners("position")],
    );
  });
}

/** Removes every synthetic venture (their partners and citations cascade). */
export async function deleteSyntheticVentures(client: Client): Promise<number> {
  const result = await client.query(`DELETE FROM "JointVenture" WHERE "isSynthetic"`);
  return result.rowCount ?? 0;
}
