// The six countries the portal follows, as statistics files name them: ISO 3166 alpha-2 (the
// portal's own codes), alpha-3 and UN M49 numeric codes (UN Comtrade's reporterCode and
// partnerCode), and the English and Russian names the region's statistics offices use.

const COUNTRIES = [
  { code: "KZ", iso3: "KAZ", m49: 398, names: ["kazakhstan", "казахстан"] },
  { code: "UZ", iso3: "UZB", m49: 860, names: ["uzbekistan", "узбекистан"] },
  { code: "KG", iso3: "KGZ", m49: 417, names: ["kyrgyzstan", "kyrgyz republic", "кыргызстан", "киргизия", "кыргызская республика"] },
  { code: "TJ", iso3: "TJK", m49: 762, names: ["tajikistan", "таджикистан"] },
  { code: "TM", iso3: "TKM", m49: 795, names: ["turkmenistan", "туркменистан"] },
  { code: "AZ", iso3: "AZE", m49: 31, names: ["azerbaijan", "азербайджан"] },
] as const;

export type CountryCode = (typeof COUNTRIES)[number]["code"];

const BY_NAME = new Map<string, CountryCode>(
  COUNTRIES.flatMap((c) => [[c.code.toLowerCase(), c.code] as const, [c.iso3.toLowerCase(), c.code] as const, ...c.names.map((n) => [n, c.code] as const)]),
);
const BY_M49 = new Map<number, CountryCode>(COUNTRIES.map((c) => [c.m49, c.code]));

/**
 * The portal's code for a country written as an M49 number ("398", "031"), an ISO code ("KZ",
 * "KAZ") or a name ("Kazakhstan", "Казахстан"); null when it is not one of the six.
 */
export function countryCodeOf(text: string): CountryCode | null {
  const value = text.trim();
  if (/^\d{1,3}$/.test(value)) return BY_M49.get(Number(value)) ?? null;
  return BY_NAME.get(value.toLowerCase().replace(/\s+/g, " ")) ?? null;
}
