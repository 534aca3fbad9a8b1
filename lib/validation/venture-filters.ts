import { z } from "zod";
import { Sector, VentureStatus } from "@/lib/generated/prisma/enums";
import { hasControlCharacters } from "@/lib/validation/fields";

// The registry's query: filters, sort and paging, shared by /[locale]/ventures, its CSV and
// /api/v1/ventures. The API rejects a bad value with 400 naming the parameter; the page
// drops only that value (back to "all"), as the other list pages do.

export const INVESTMENT_BANDS = ["unknown", "under-10m", "10m-100m", "100m-1bn", "over-1bn"] as const;
export type InvestmentBand = (typeof INVESTMENT_BANDS)[number];

/** The bounds of each band in USD, lower inclusive, upper exclusive; "unknown" is no figure. */
export const INVESTMENT_BAND_BOUNDS: Record<Exclude<InvestmentBand, "unknown">, { gte?: number; lt?: number }> = {
  "under-10m": { lt: 10_000_000 },
  "10m-100m": { gte: 10_000_000, lt: 100_000_000 },
  "100m-1bn": { gte: 100_000_000, lt: 1_000_000_000 },
  "over-1bn": { gte: 1_000_000_000 },
};

export const CONFIRMATION_FILTERS = ["all", "partly", "none"] as const;

export const VENTURE_SORTS = ["date", "investment", "name"] as const;
export type VentureSort = (typeof VENTURE_SORTS)[number];

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
/** Offset paging is capped here (page × limit), so no request makes PostgreSQL skip more rows. */
export const MAX_OFFSET = 10_000;

/** The last page the offset cap allows at `limit` ventures a page. */
export function lastAllowedPage(limit: number): number {
  return Math.floor(MAX_OFFSET / limit) + 1;
}

const countryCode = z.string().regex(/^[A-Z]{2}$/, "a two-letter country code such as KZ");

function buildVentureQuerySchema(maxLimit: number, defaultLimit: number) {
  return z
    .object({
      country: countryCode.optional().meta({ description: "Ventures with a partner from, or located in, this country (ISO 3166-1 alpha-2)." }),
      pair: z
        .string()
        // One pattern, so the OpenAPI document refuses "KZ-KZ" as the server does.
        .regex(/^(?!([A-Z]{2})-\1$)[A-Z]{2}-[A-Z]{2}$/, "two different country codes joined by a hyphen, such as KZ-UZ")
        .optional()
        .meta({ description: "Ventures involving both countries (as partners or location), e.g. KZ-UZ; the order does not matter." }),
      sector: z.enum(Sector).optional(),
      status: z.enum(VentureStatus).optional(),
      year: z.coerce.number().int().min(1991).max(2100).optional().meta({ description: "Year the venture was established." }),
      investment: z.enum(INVESTMENT_BANDS).optional().meta({ description: "Investment band in USD; unknown = no reported figure." }),
      confirmed: z
        .enum(CONFIRMATION_FILTERS)
        .optional()
        .meta({ description: "Confirmed by the ministries of the partners' countries: all of them, some (partly) or none, for the venture's current facts." }),
      q: z
        .string()
        .trim()
        .max(200)
        .refine((value) => !hasControlCharacters(value), "contains a control character (such as NUL)")
        .optional()
        .meta({ description: "Words in the name, products, city or a partner's name (all must match)." }),
      sort: z.enum(VENTURE_SORTS).default("date").meta({ description: "date: newest first; investment: largest first; name: A–Z." }),
      page: z.coerce.number().int().min(1).default(1),
      limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
    })
    .strict()
    .refine((query) => (query.page - 1) * query.limit <= MAX_OFFSET, {
      path: ["page"],
      message: `page × limit may not pass ${MAX_OFFSET} rows; narrow the filters instead`,
    });
}

/** The registry's query for the page and the JSON API: at most 100 ventures a page. */
export const ventureQuerySchema = buildVentureQuerySchema(MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
/** The same for CSV downloads, which take up to 10,000 rows at once so a spreadsheet gets everything. */
export const MAX_EXPORT_ROWS = MAX_OFFSET;
export const ventureExportQuerySchema = buildVentureQuerySchema(MAX_EXPORT_ROWS, MAX_EXPORT_ROWS);

export type VentureQuery = z.infer<typeof ventureQuerySchema>;

/** "UZ-KZ" and "KZ-UZ" are the same pair: its codes in alphabetical order. */
export function pairCodes(pair: string): [string, string] {
  const [a = "", b = ""] = pair.split("-").sort();
  return [a, b];
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The page's reading of the URL: each parameter on its own, so a malformed one falls
 * back to its default and the rest still apply; a page past the cap is the last one allowed.
 */
export function parseVentureQuery(params: SearchParams): VentureQuery {
  const shape = ventureQuerySchema.shape;
  const query: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    const parsed = schema.safeParse(value === "" ? undefined : value);
    query[key] = parsed.success ? parsed.data : schema.safeParse(undefined).data;
  }
  const result = query as VentureQuery;
  return { ...result, q: result.q || undefined, page: Math.min(result.page, lastAllowedPage(result.limit)) };
}

/** The non-default parts of a query as URL parameters, for links, the CSV and the API. */
export function ventureQueryParams(query: Partial<VentureQuery>): Record<string, string | undefined> {
  const value = (v: string | number | undefined) => (v === undefined || v === "" ? undefined : String(v));
  return {
    country: query.country,
    pair: query.pair,
    sector: query.sector,
    status: query.status,
    year: value(query.year),
    investment: query.investment,
    confirmed: query.confirmed,
    q: value(query.q),
    sort: query.sort && query.sort !== "date" ? query.sort : undefined,
    page: query.page && query.page > 1 ? String(query.page) : undefined,
    limit: query.limit && query.limit !== DEFAULT_PAGE_SIZE ? String(query.limit) : undefined,
  };
}
