import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Sector, VentureStatus } from "@/lib/generated/prisma/enums";
import type { Decimal } from "@/lib/decimal";
import { countryNameSelect } from "@/lib/queries/countries";
import { citationsForEdit, citationsRelation, type CitationDto } from "@/lib/queries/citations";
import { isRecordKey } from "@/lib/validation/filters";
import { containsText, pageWindow, readPage, STAFF_PAGE_SIZE } from "@/lib/paging";
import { INVESTMENT_BAND_BOUNDS, MAX_EXPORT_ROWS, pairCodes, type VentureQuery } from "@/lib/validation/venture-filters";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import type { Locale } from "@/lib/i18n/routing";

const ventureListSelect = {
  id: true,
  nameRu: true,
  nameEn: true,
  sector: true,
  status: true,
  productsRu: true,
  productsEn: true,
  cityRu: true,
  cityEn: true,
  country: { select: countryNameSelect },
  establishedOn: true,
  establishedPrecision: true,
  investmentUsd: true,
  updatedAt: true,
  confirmedBy: true,
  fullyConfirmed: true,
  partners: {
    orderBy: { position: "asc" },
    select: { companyName: true, countryInferred: true, country: { select: countryNameSelect }, secondCountry: { select: countryNameSelect } },
  },
} satisfies Prisma.JointVentureSelect;

export type VentureListItem = Prisma.JointVentureGetPayload<{ select: typeof ventureListSelect }>;

/** Synthetic rows (issue 7's load data) stay out of public reads unless a caller asks for them. */
export type VentureReadOptions = { includeSynthetic?: boolean; locale?: Locale; withCitations?: boolean };

/** The WHERE clause of a registry query: public rows only, then each filter that is set. */
export function ventureWhere(query: Partial<VentureQuery>, options: VentureReadOptions = {}): Prisma.JointVentureWhereInput {
  const and: Prisma.JointVentureWhereInput[] = [{ deletedAt: null }];
  if (!options.includeSynthetic) and.push({ isSynthetic: false });
  // `countries` holds the partners' and the location's countries (kept by a trigger, GIN-indexed).
  if (query.country) and.push({ countries: { has: query.country } });
  if (query.pair) and.push({ countries: { hasEvery: pairCodes(query.pair) } });
  if (query.sector) and.push({ sector: query.sector });
  if (query.status) and.push({ status: query.status });
  if (query.year) and.push({ establishedOn: { gte: new Date(Date.UTC(query.year, 0, 1)), lt: new Date(Date.UTC(query.year + 1, 0, 1)) } });
  // Confirmed by partner ministries: `confirmedBy` and `fullyConfirmed` hold the current version's (lib/records/venture-confirmations.ts).
  if (query.confirmed === "all") and.push({ fullyConfirmed: true });
  else if (query.confirmed === "partly") and.push({ fullyConfirmed: false, NOT: { confirmedBy: { isEmpty: true } } });
  else if (query.confirmed === "none") and.push({ confirmedBy: { isEmpty: true } });
  if (query.investment === "unknown") and.push({ investmentUsd: null });
  else if (query.investment) and.push({ investmentUsd: INVESTMENT_BAND_BOUNDS[query.investment] });
  // `searchText` joins names, products, city and partner companies (trigger, trigram index).
  for (const word of (query.q ?? "").split(/\s+/).filter(Boolean).slice(0, 8)) {
    and.push({ searchText: { contains: word, mode: "insensitive" } });
  }
  return { AND: and };
}

function ventureOrderBy(sort: VentureQuery["sort"], locale: Locale): Prisma.JointVentureOrderByWithRelationInput[] {
  if (sort === "investment") return [{ investmentUsd: { sort: "desc", nulls: "last" } }, { id: "asc" }];
  if (sort === "name") return [locale === "ru" ? { nameRu: "asc" } : { nameEn: "asc" }, { id: "asc" }];
  return [{ establishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }];
}

export type VenturePage = {
  items: (VentureListItem & { citations?: CitationDto[] })[];
  total: number;
  page: number;
  pageSize: number;
  /** Sum of the reported investments of every matching venture, and how many report one. */
  knownInvestmentUsd: Decimal | null;
  withInvestment: number;
};

/** One page of the registry with the totals of the whole filtered set. */
export async function listVentures(query: VentureQuery, options: VentureReadOptions = {}): Promise<VenturePage> {
  const where = ventureWhere(query, options);
  const select = options.withCitations ? { ...ventureListSelect, citations: citationsRelation } : ventureListSelect;
  const { skip, take } = pageWindow({ page: query.page, pageSize: query.limit }, MAX_EXPORT_ROWS);
  const [items, totals] = await Promise.all([
    prisma.jointVenture.findMany({ where, orderBy: ventureOrderBy(query.sort, options.locale ?? "en"), skip, take, select }),
    prisma.jointVenture.aggregate({ where, _count: { _all: true, investmentUsd: true }, _sum: { investmentUsd: true } }),
  ]);
  return {
    items,
    total: totals._count._all,
    page: query.page,
    pageSize: query.limit,
    knownInvestmentUsd: totals._sum.investmentUsd,
    withInvestment: totals._count.investmentUsd,
  };
}

const ventureDetailSelect = {
  ...ventureListSelect,
  partners: {
    orderBy: { position: "asc" },
    select: { id: true, companyName: true, countryInferred: true, country: { select: countryNameSelect }, secondCountry: { select: countryNameSelect } },
  },
  initiative: { select: { id: true, titleRu: true, titleEn: true, deletedAt: true } },
  agreementDocument: { select: { id: true, titleRu: true, titleEn: true, deletedAt: true, event: { select: { slug: true, titleRu: true, titleEn: true } } } },
  citations: citationsRelation,
  version: true,
  confirmations: { orderBy: { confirmedAt: "asc" }, select: { countryCode: true, ventureVersion: true, confirmedAt: true } },
} satisfies Prisma.JointVentureSelect;

export type VentureDetail = Prisma.JointVentureGetPayload<{ select: typeof ventureDetailSelect }>;

/** One public venture with partners, origin and sources, or null (unknown, deleted or synthetic). */
export async function getVenture(id: string): Promise<VentureDetail | null> {
  if (!isRecordKey(id)) return null;
  const venture = await prisma.jointVenture.findFirst({ where: { id, deletedAt: null, isSynthetic: false }, select: ventureDetailSelect });
  if (!venture) return null;
  // A deleted initiative or document is not shown, and not linked to.
  return {
    ...venture,
    initiative: venture.initiative?.deletedAt ? null : venture.initiative,
    agreementDocument: venture.agreementDocument?.deletedAt ? null : venture.agreementDocument,
  };
}

export type CountryCount = { code: string; nameRu: string; nameEn: string; ventures: number };
export type PairCount = { a: string; b: string; ventures: number };
export type SectorCount = { sector: Sector; ventures: number; investmentUsd: Decimal | null };
export type PlaceCount = { countryCode: string; cityRu: string; cityEn: string; ventures: number };
export type StatusCount = { status: VentureStatus; ventures: number };

export type VentureSummary = {
  total: number;
  byCountry: CountryCount[];
  byPair: PairCount[];
  bySector: SectorCount[];
  byPlace: PlaceCount[];
};

const publicVenture = (alias: string, includeSynthetic: boolean) =>
  includeSynthetic
    ? Prisma.sql`${Prisma.raw(alias)}."deletedAt" IS NULL`
    : Prisma.sql`${Prisma.raw(alias)}."deletedAt" IS NULL AND NOT ${Prisma.raw(alias)}."isSynthetic"`;

/**
 * The registry in numbers, for the map and the summary charts: ventures per country (as a
 * partner or where it is located — the `country` filter), per pair of such countries (the
 * `pair` filter), per sector and per city.
 */
export async function summarizeVentures(options: { includeSynthetic?: boolean } = {}): Promise<VentureSummary> {
  const visible = publicVenture("v", options.includeSynthetic ?? false);
  const [total, byCountry, byPair, bySector, byPlace] = await Promise.all([
    prisma.jointVenture.count({ where: ventureWhere({}, options) }),
    prisma.$queryRaw<{ code: string; nameRu: string; nameEn: string; ventures: bigint }[]>`
      SELECT c.code, c."nameRu", c."nameEn", count(*) AS ventures
        FROM "JointVenture" v
        CROSS JOIN LATERAL unnest(v.countries) AS involved(code)
        JOIN "Country" c ON c.code = involved.code
       WHERE ${visible}
       GROUP BY c.code, c."nameRu", c."nameEn"
       ORDER BY ventures DESC, c.code`,
    prisma.$queryRaw<{ a: string; b: string; ventures: bigint }[]>`
      SELECT ca.code AS a, cb.code AS b, count(*) AS ventures
        FROM "JointVenture" v
        CROSS JOIN LATERAL unnest(v.countries) AS ca(code)
        CROSS JOIN LATERAL unnest(v.countries) AS cb(code)
       WHERE ${visible} AND ca.code < cb.code
       GROUP BY 1, 2
       ORDER BY ventures DESC, a, b`,
    prisma.$queryRaw<{ sector: Sector; ventures: bigint; investmentUsd: Decimal | null }[]>`
      SELECT v.sector::text AS sector, count(*) AS ventures, sum(v."investmentUsd") AS "investmentUsd"
        FROM "JointVenture" v
       WHERE ${visible}
       GROUP BY v.sector
       ORDER BY ventures DESC, sector`,
    prisma.$queryRaw<{ countryCode: string; cityRu: string; cityEn: string; ventures: bigint }[]>`
      SELECT v."countryCode", v."cityRu", v."cityEn", count(*) AS ventures
        FROM "JointVenture" v
       WHERE ${visible} AND v."countryCode" IS NOT NULL AND v."cityEn" IS NOT NULL AND v."cityRu" IS NOT NULL
       GROUP BY 1, 2, 3
       ORDER BY ventures DESC, 3`,
  ]);
  return {
    total,
    byCountry: byCountry.map((row) => ({ ...row, ventures: Number(row.ventures) })),
    byPair: byPair.map((row) => ({ ...row, ventures: Number(row.ventures) })),
    bySector: bySector.map((row) => ({ ...row, ventures: Number(row.ventures) })),
    byPlace: byPlace.map((row) => ({ ...row, ventures: Number(row.ventures) })),
  };
}

/** Countries and years that have ventures, for the filter menus. */
export async function getVentureFilterOptions() {
  const [countries, years] = await Promise.all([
    prisma.country.findMany({ select: countryNameSelect, orderBy: [{ region: "asc" }, { code: "asc" }] }),
    prisma.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT extract(year FROM "establishedOn")::int AS year
        FROM "JointVenture" v
       WHERE ${publicVenture("v", false)} AND v."establishedOn" IS NOT NULL
       ORDER BY year DESC`,
  ]);
  return { countries, years: years.map((row) => row.year) };
}

const tags = [CACHE_TAGS.ventures, CACHE_TAGS.initiatives, CACHE_TAGS.documents, CACHE_TAGS.sources];

/** The venture queries through the data cache (lib/cache.ts), for the pages and the API. */
export const cachedVentures = {
  listVentures: cachedQuery("ventures.listVentures", listVentures, tags),
  getVenture: cachedQuery("ventures.getVenture", getVenture, tags),
  summarizeVentures: cachedQuery("ventures.summarizeVentures", summarizeVentures, tags),
  getVentureFilterOptions: cachedQuery("ventures.getVentureFilterOptions", getVentureFilterOptions, tags),
};

// The workspace's reads: uncached, so staff see their own writes at once.

/** Ventures for the workspace list, newest change first, optionally matching a name. */
export async function listStaffVentures({ q, page }: { q?: string; page: number }) {
  const where: Prisma.JointVentureWhereInput = {
    deletedAt: null,
    ...(q ? { OR: [{ nameRu: containsText(q) }, { nameEn: containsText(q) }, { partners: { some: { companyName: containsText(q) } } }] } : {}),
  };
  return readPage(
    { page, pageSize: STAFF_PAGE_SIZE },
    (window) =>
      prisma.jointVenture.findMany({
        where,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          nameRu: true,
          nameEn: true,
          status: true,
          updatedAt: true,
          version: true,
          isSynthetic: true,
          partners: { select: { companyName: true, countryCode: true, secondCountryCode: true }, orderBy: { position: "asc" } },
        },
      }),
    () => prisma.jointVenture.count({ where }),
  );
}

/** A live venture with what its edit form shows, or null. */
export function getVentureForEdit(id: string) {
  return prisma.jointVenture.findFirst({
    where: { id, deletedAt: null },
    include: {
      partners: { orderBy: { position: "asc" } },
      citations: citationsForEdit,
      confirmations: { orderBy: { confirmedAt: "asc" }, select: { countryCode: true, ventureVersion: true, confirmedAt: true } },
    },
  });
}
