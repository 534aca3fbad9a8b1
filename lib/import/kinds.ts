import { z } from "zod";
import type { EntityKey } from "@/lib/entities";
import { tradeFigureInputSchema } from "@/lib/validation/trade-figure-input";
import { ventureInputSchema } from "@/lib/validation/venture-input";

// The two kinds of CSV the workspace imports: their columns, the template's example row,
// and how a row becomes the same input object the entry forms submit, so every row goes
// through the form's schema.

export const IMPORT_KINDS = ["tradeFigures", "ventures"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const importKind = z.enum(IMPORT_KINDS, { error: "validation.unknownOption" });

/** The kind of record a row of each kind of file becomes. */
export const IMPORT_ENTITY = { tradeFigures: "tradeFigure", ventures: "venture" } as const satisfies Record<ImportKind, EntityKey>;

/** Columns shared by both kinds: the sources behind the row. */
const SOURCE_COLUMNS = [
  "source_ids",
  "source_quote",
  "source_quote_en",
  "source_title",
  "source_publisher",
  "source_published_on",
  "source_published_precision",
  "source_url",
] as const;

export const COLUMNS = {
  tradeFigures: [
    "scope",
    "country_a",
    "country_b",
    "period_start",
    "period_end",
    "period_inferred",
    "value_usd",
    "value_is_lower_bound",
    "growth_percent",
    "growth_is_lower_bound",
    "growth_over_years",
    "note_ru",
    "note_en",
    ...SOURCE_COLUMNS,
  ],
  ventures: [
    "name_ru",
    "name_en",
    "partners",
    "sector",
    "status",
    "products_ru",
    "products_en",
    "city_ru",
    "city_en",
    "country",
    "established_on",
    "established_precision",
    "investment_usd",
    "initiative_id",
    "agreement_document_id",
    ...SOURCE_COLUMNS,
  ],
} as const satisfies Record<ImportKind, readonly string[]>;

/** Columns a file must have; the others may be left out. */
export const REQUIRED_COLUMNS: Record<ImportKind, readonly string[]> = {
  tradeFigures: ["scope", "period_start", "period_end"],
  ventures: ["name_ru", "name_en", "partners", "sector", "status"],
};

/** The template's one row: plausible values, each clearly an example. */
export const EXAMPLE_ROWS: Record<ImportKind, Record<string, string>> = {
  tradeFigures: {
    scope: "BILATERAL",
    country_a: "KG",
    country_b: "TJ",
    period_start: "2024-01-01",
    period_end: "2024-12-31",
    period_inferred: "no",
    value_usd: "123456789",
    value_is_lower_bound: "no",
    growth_percent: "",
    growth_is_lower_bound: "no",
    growth_over_years: "",
    note_ru: "ПРИМЕР — замените реальными данными",
    note_en: "EXAMPLE — replace with a real figure",
    source_ids: "",
    source_quote: "",
    source_quote_en: "",
    source_title: "Example: statistics office release",
    source_publisher: "Example publisher",
    source_published_on: "2025-02-01",
    source_published_precision: "DAY",
    source_url: "https://example.org/trade-2024",
  },
  ventures: {
    name_ru: "ПРИМЕР: совместное предприятие",
    name_en: "EXAMPLE joint venture",
    partners: "Example Textiles LLC:UZ|Example Cotton JSC:KZ",
    sector: "TEXTILES",
    status: "ANNOUNCED",
    products_ru: "хлопковая пряжа",
    products_en: "cotton yarn",
    city_ru: "Шымкент",
    city_en: "Shymkent",
    country: "KZ",
    established_on: "2021-11",
    established_precision: "MONTH",
    investment_usd: "25000000",
    initiative_id: "",
    agreement_document_id: "",
    source_ids: "src-s2",
    source_quote: "",
    source_quote_en: "",
    source_title: "",
    source_publisher: "",
    source_published_on: "",
    source_published_precision: "",
    source_url: "",
  },
};

export const SCHEMAS = { tradeFigures: tradeFigureInputSchema, ventures: ventureInputSchema } as const;

const YES = new Set(["yes", "y", "true", "1", "да", "д", "x", "on"]);
const NO = new Set(["", "no", "n", "false", "0", "нет", "н", "off"]);

/** "month" → MONTH; empty → DAY (the schema's default); anything else is refused by the schema. */
const precision = (value: string | undefined) => value?.trim().toUpperCase() ?? "";

/** "yes"/"да"/"1" → checked, "no"/"нет"/"0"/empty → unchecked; anything else is refused by the schema. */
function flag(value: string | undefined): string {
  const normalised = (value ?? "").trim().toLowerCase();
  if (YES.has(normalised)) return "on";
  if (NO.has(normalised)) return "";
  return `invalid:${normalised}`;
}

function sources(row: Record<string, string>) {
  const ids = (row.source_ids ?? "")
    .split("|")
    .map((id) => id.trim())
    .filter(Boolean);
  // The quote and its English translation go with the first source listed.
  const quote = row.source_quote ?? "";
  const quoteEn = row.source_quote_en ?? "";
  return {
    citations: ids.map((sourceId, index) => ({ sourceId, quote: index === 0 ? quote : "", quoteEn: index === 0 ? quoteEn : "" })),
    newSource: row.source_title?.trim()
      ? {
          title: row.source_title,
          publisher: row.source_publisher ?? "",
          publishedOn: row.source_published_on ?? "",
          publishedPrecision: precision(row.source_published_precision),
          url: row.source_url ?? "",
        }
      : undefined,
  };
}

/**
 * "UZAuto Motors:UZ|СарыаркаАвтоПром:KZ" → partner rows; the country follows the last colon.
 * "Alliance:KZ+UZ" is a binational company, ":UZ" a partner the source does not name, and a
 * trailing "?" ("AgromashHoldingKZ:KZ?") a country read from context rather than stated.
 */
export function parsePartners(cell: string): { companyName: string; countryCode: string; secondCountryCode: string; countryInferred: string }[] {
  return cell
    .split("|")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.lastIndexOf(":");
      if (colon < 0) return { companyName: part, countryCode: "", secondCountryCode: "", countryInferred: "" };
      let codes = part.slice(colon + 1).trim();
      const inferred = codes.endsWith("?");
      if (inferred) codes = codes.slice(0, -1).trim();
      const [first = "", second = ""] = codes.split("+").map((code) => code.trim());
      return { companyName: part.slice(0, colon).trim(), countryCode: first, secondCountryCode: second, countryInferred: inferred ? "on" : "" };
    });
}

/** A CSV row (column → cell) as the input object the kind's entry form submits. */
export function rowToInput(kind: ImportKind, row: Record<string, string>): Record<string, unknown> {
  if (kind === "tradeFigures") {
    return {
      scope: row.scope?.trim().toUpperCase() ?? "",
      countryACode: row.country_a ?? "",
      countryBCode: row.country_b ?? "",
      periodStart: row.period_start ?? "",
      periodEnd: row.period_end ?? "",
      periodInferred: flag(row.period_inferred),
      valueUsd: row.value_usd ?? "",
      isLowerBound: flag(row.value_is_lower_bound),
      growthPercent: row.growth_percent ?? "",
      growthIsLowerBound: flag(row.growth_is_lower_bound),
      growthOverYears: row.growth_over_years ?? "",
      noteRu: row.note_ru ?? "",
      noteEn: row.note_en ?? "",
      ...sources(row),
    };
  }
  return {
    nameRu: row.name_ru ?? "",
    nameEn: row.name_en ?? "",
    partners: parsePartners(row.partners ?? ""),
    sector: row.sector?.trim().toUpperCase() ?? "",
    status: row.status?.trim().toUpperCase() ?? "",
    productsRu: row.products_ru ?? "",
    productsEn: row.products_en ?? "",
    cityRu: row.city_ru ?? "",
    cityEn: row.city_en ?? "",
    countryCode: row.country ?? "",
    establishedOn: row.established_on ?? "",
    establishedPrecision: precision(row.established_precision),
    investmentUsd: row.investment_usd ?? "",
    initiativeId: row.initiative_id ?? "",
    agreementDocumentId: row.agreement_document_id ?? "",
    ...sources(row),
  };
}

const FIELD_COLUMNS: Record<string, string> = {
  scope: "scope",
  countryACode: "country_a",
  countryBCode: "country_b",
  periodStart: "period_start",
  periodEnd: "period_end",
  periodInferred: "period_inferred",
  valueUsd: "value_usd",
  isLowerBound: "value_is_lower_bound",
  growthPercent: "growth_percent",
  growthIsLowerBound: "growth_is_lower_bound",
  growthOverYears: "growth_over_years",
  noteRu: "note_ru",
  noteEn: "note_en",
  nameRu: "name_ru",
  nameEn: "name_en",
  partners: "partners",
  sector: "sector",
  status: "status",
  productsRu: "products_ru",
  productsEn: "products_en",
  cityRu: "city_ru",
  cityEn: "city_en",
  countryCode: "country",
  establishedOn: "established_on",
  establishedPrecision: "established_precision",
  investmentUsd: "investment_usd",
  initiativeId: "initiative_id",
  agreementDocumentId: "agreement_document_id",
  citations: "source_ids",
};

const CITATION_COLUMNS: Record<string, string> = { quote: "source_quote", quoteEn: "source_quote_en" };

const NEW_SOURCE_COLUMNS: Record<string, string> = {
  title: "source_title",
  publisher: "source_publisher",
  publishedOn: "source_published_on",
  publishedPrecision: "source_published_precision",
  url: "source_url",
};

/** The CSV column a schema error path points at: "partners.1.countryCode" → "partners". */
export function columnOf(path: string): string {
  const [head, next, leaf] = path.split(".");
  if (head === "newSource") return NEW_SOURCE_COLUMNS[next ?? ""] ?? "source_title";
  if (head === "citations" && leaf && CITATION_COLUMNS[leaf]) return CITATION_COLUMNS[leaf];
  return FIELD_COLUMNS[head ?? ""] ?? head ?? path;
}

/** The example row of a kind's template, in the order of its columns. */
export function templateRow(kind: ImportKind): string[] {
  return COLUMNS[kind].map((column) => EXAMPLE_ROWS[kind][column] ?? "");
}
