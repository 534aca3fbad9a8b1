import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readPage, type PageOf, type PageRequest } from "@/lib/paging";

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
