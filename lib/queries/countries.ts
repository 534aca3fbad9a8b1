import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readPage, type PageOf, type PageRequest } from "@/lib/paging";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/** A country as records name it: its code and its name in each language. */
export const countryNameSelect = { code: true, nameRu: true, nameEn: true } satisfies Prisma.CountrySelect;

const countrySelect = { ...countryNameSelect, region: true } satisfies Prisma.CountrySelect;

export type CountryListItem = Prisma.CountryGetPayload<{ select: typeof countrySelect }>;

/** A page of the countries the portal follows, Central Asia first, then partners, by code. */
export async function listCountries(request: PageRequest): Promise<PageOf<CountryListItem>> {
  return readPage(
    request,
    (window) => prisma.country.findMany({ select: countrySelect, orderBy: [{ region: "asc" }, { code: "asc" }], ...window }),
    () => prisma.country.count(),
  );
}

/** Every country's name in `locale`, by code: as the portal's pages name them. */
export async function countryNames(locale: Locale): Promise<Record<string, string>> {
  const rows = await prisma.country.findMany({ select: countryNameSelect });
  return Object.fromEntries(rows.map((c) => [c.code, localized(locale, c.nameRu, c.nameEn)]));
}
