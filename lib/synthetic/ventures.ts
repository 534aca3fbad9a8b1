import type pg from "pg";
import { Sector, VentureStatus } from "@/lib/generated/prisma/enums";
import { PLACES } from "@/lib/geo/places";
import { pick, random } from "@/lib/synthetic/random";

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
  const established = next() < 0.9 ? day.toISOString().slice(0, 10) : null;
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

/** What the database triggers would derive for the venture (see the migration venture_registry_indexes). */
export function derivedColumns(venture: SyntheticVenture): { countries: string[]; searchText: string } {
  const countries = [...new Set([venture.countryCode, ...venture.partners.map((p) => p.countryCode)])].sort();
  const parts = [venture.nameRu, venture.nameEn, venture.productsRu, venture.productsEn, venture.cityRu, venture.cityEn, venture.partners.map((p) => p.companyName).join(" ")];
  return { countries, searchText: parts.join(" ") };
}

/**
 * Inserts `count` synthetic ventures and their partners in batches, one multi-row INSERT
 * … SELECT FROM unnest(…) per table and batch, in one transaction. The registry's triggers
 * would recompute each venture once per partner statement; instead they are off for the
 * load (session_replication_role = replica, which needs a superuser, as on a local test
 * server) and the loader writes the same derived columns itself. Returns the number inserted.
 */
export async function insertSyntheticVentures(
  client: Pick<pg.Client, "query">,
  options: { count: number; seed?: number; batchSize?: number; onProgress?: (done: number) => void },
): Promise<number> {
  const batchSize = options.batchSize ?? 10_000;
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    await insertBatches(client, options, batchSize);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return options.count;
}

async function insertBatches(
  client: Pick<pg.Client, "query">,
  options: { count: number; seed?: number; onProgress?: (done: number) => void },
  batchSize: number,
): Promise<void> {
  for (let start = 0; start < options.count; start += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, options.count - start) }, (_, i) => syntheticVenture(start + i, options.seed));
    const column = <K extends keyof SyntheticVenture>(key: K) => batch.map((v) => v[key]);
    const derived = batch.map(derivedColumns);
    await client.query(
      `INSERT INTO "JointVenture" (id, "nameRu", "nameEn", sector, "productsRu", "productsEn", "cityRu", "cityEn", "countryCode", status, "establishedOn", "investmentUsd", countries, "searchText", "isSynthetic", "updatedAt")
       SELECT id, "nameRu", "nameEn", sector::"Sector", "productsRu", "productsEn", "cityRu", "cityEn", "countryCode", status::"VentureStatus", "establishedOn"::date, "investmentUsd"::numeric,
              string_to_array(countries, ','), "searchText", true, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
           AS t(id, "nameRu", "nameEn", sector, "productsRu", "productsEn", "cityRu", "cityEn", "countryCode", status, "establishedOn", "investmentUsd", countries, "searchText")`,
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
        derived.map((d) => d.countries.join(",")),
        derived.map((d) => d.searchText),
      ],
    );
    const partners = batch.flatMap((v) => v.partners.map((p, position) => ({ id: `${v.id}-p${position + 1}`, ventureId: v.id, position, ...p })));
    await client.query(
      `INSERT INTO "VenturePartner" (id, "ventureId", "companyName", "countryCode", position)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])`,
      [partners.map((p) => p.id), partners.map((p) => p.ventureId), partners.map((p) => p.companyName), partners.map((p) => p.countryCode), partners.map((p) => p.position)],
    );
    options.onProgress?.(start + batch.length);
  }
}

/** Removes every synthetic venture (their partners and citations cascade). */
export async function deleteSyntheticVentures(client: Pick<pg.Client, "query">): Promise<number> {
  const result = await client.query(`DELETE FROM "JointVenture" WHERE "isSynthetic"`);
  return result.rowCount ?? 0;
}
