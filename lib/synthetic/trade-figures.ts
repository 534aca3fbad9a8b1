import { TradeScope } from "@/lib/generated/prisma/enums";
import { columnOf, insertInBatches, type Client, type InsertOptions } from "@/lib/synthetic/batches";
import { ordinal, pickWeighted, random } from "@/lib/synthetic/random";
import { isoDay } from "@/lib/format";

// Synthetic trade figures for load tests and benchmarks: deterministic, plausible (annual,
// quarterly and monthly periods 2005–2025; bilateral pairs weighted towards the busiest
// corridors and stored in alphabetical order as the schema's check requires; values scaled
// to each scope and period; some report only growth), and marked isSynthetic, which keeps
// them out of the public trade pages (lib/queries/trade.ts) and lets one DELETE remove them.

export type SyntheticTradeFigure = {
  id: string;
  scope: TradeScope;
  countryACode: string | null;
  countryBCode: string | null;
  periodStart: string; // YYYY-MM-DD
  periodEnd: string;
  valueUsd: string | null;
  growthPercent: string | null;
  noteRu: string;
  noteEn: string;
};

// Busier pairs appear more often; the typical annual turnover of each pair in USD (order of magnitude, not data).
const PAIRS: readonly (readonly [[string, string, number], number])[] = [
  [["KZ", "UZ", 4e9], 30],
  [["KG", "KZ", 1.5e9], 12],
  [["KG", "UZ", 1e9], 10],
  [["TJ", "UZ", 6e8], 10],
  [["TM", "UZ", 1e9], 6],
  [["KZ", "TJ", 1e9], 5],
  [["KZ", "TM", 5e8], 4],
  [["KG", "TJ", 5e7], 4],
  [["TJ", "TM", 2e8], 2],
];
const SCOPES: readonly (readonly [TradeScope, number])[] = [
  [TradeScope.BILATERAL, 80],
  [TradeScope.INTRA_REGIONAL, 12],
  [TradeScope.PARTNER_REGION, 8],
];
const PERIODS: readonly (readonly [number, number])[] = [
  [12, 50], // months per period, weight
  [3, 30],
  [1, 20],
];

/** The i-th synthetic trade figure of a run with this seed (0-based); the same inputs give the same figure. */
export function syntheticTradeFigure(index: number, seed = 1): SyntheticTradeFigure {
  const next = random(seed * 2_000_003 + index);
  const scope = pickWeighted(SCOPES, next());
  const [a, b, annual] =
    scope === TradeScope.BILATERAL ? pickWeighted(PAIRS, next()) : scope === TradeScope.INTRA_REGIONAL ? [null, null, 1e10] : ["AZ", null, 2e9];
  const months = pickWeighted(PERIODS, next());
  const year = 2005 + Math.floor(next() * 21);
  const month = months === 12 ? 0 : Math.floor(next() * (12 / months)) * months;
  const start = new Date(Date.UTC(year, month, 1));
  const end = new Date(Date.UTC(year, month + months, 0));
  // Turnover grows about 8% a year from 2005, with ±40% noise; 15% of figures report only growth.
  const value = (annual as number) * (months / 12) * 1.08 ** (year - 2025) * (0.6 + next() * 0.8);
  const growthOnly = next() < 0.15;
  const growth = growthOnly || next() < 0.4 ? (next() * 60 - 15).toFixed(2) : null;
  const number = ordinal(index);
  return {
    id: `syn-tf-${seed}-${number}`,
    scope,
    countryACode: a as string | null,
    countryBCode: b as string | null,
    periodStart: isoDay(start),
    periodEnd: isoDay(end),
    valueUsd: growthOnly ? null : (Math.round(value / 1e5) * 1e5).toFixed(2),
    growthPercent: growth,
    noteRu: `Синтетическая запись ${number}`,
    noteEn: `Synthetic figure ${number}`,
  };
}

/** Inserts `count` synthetic trade figures, one multi-row INSERT … FROM unnest(…) per batch, in one transaction. */
export function insertSyntheticTradeFigures(client: Client, options: InsertOptions): Promise<number> {
  return insertInBatches(
    client,
    { batchSize: 20_000, ...options },
    (index) => syntheticTradeFigure(index, options.seed),
    (figures) => {
      const column = columnOf(figures);
      return client.query(
        `INSERT INTO "TradeFigure" (id, scope, "countryACode", "countryBCode", "periodStart", "periodEnd", "valueUsd", "growthPercent", "growthOverYears", "noteRu", "noteEn", "isSynthetic", "updatedAt")
       SELECT id, scope::"TradeScope", a, b, s::date, e::date, v::numeric, g::numeric, CASE WHEN g IS NULL THEN NULL ELSE 1 END, "noteRu", "noteEn", true, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
           AS t(id, scope, a, b, s, e, v, g, "noteRu", "noteEn")`,
        [
          column("id"),
          column("scope"),
          column("countryACode"),
          column("countryBCode"),
          column("periodStart"),
          column("periodEnd"),
          column("valueUsd"),
          column("growthPercent"),
          column("noteRu"),
          column("noteEn"),
        ],
      );
    },
  );
}
