// The six countries the portal follows, as statistics files name them: ISO 3166 alpha-2 (the
// portal's own codes), alpha-3 and UN M49 numeric codes (UN Comtrade's reporterCode and
// partnerCode), and the English and Russian names the region's statistics offices use.

/** The six, with the name UN Comtrade gives each and the other names files use. */
export const TRADE_COUNTRIES = [
  { code: "KZ", iso3: "KAZ", m49: 398, name: "Kazakhstan", names: ["казахстан"] },
  { code: "UZ", iso3: "UZB", m49: 860, name: "Uzbekistan", names: ["узбекистан"] },
  { code: "KG", iso3: "KGZ", m49: 417, name: "Kyrgyzstan", names: ["kyrgyz republic", "кыргызстан", "киргизия", "кыргызская республика"] },
  { code: "TJ", iso3: "TJK", m49: 762, name: "Tajikistan", names: ["таджикистан"] },
  { code: "TM", iso3: "TKM", m49: 795, name: "Turkmenistan", names: ["туркменистан"] },
  { code: "AZ", iso3: "AZE", m49: 31, name: "Azerbaijan", names: ["азербайджан"] },
] as const;

export type CountryCode = (typeof TRADE_COUNTRIES)[number]["code"];

const BY_NAME = new Map<string, CountryCode>(
  TRADE_COUNTRIES.flatMap((c) => [c.code, c.iso3, c.name, ...c.names].map((name) => [name.toLowerCase(), c.code] as const)),
);
const BY_M49 = new Map<number, CountryCode>(TRADE_COUNTRIES.map((c) => [c.m49, c.code]));

/**
 * The portal's code for a country written as an M49 number ("398", "031"), an ISO code ("KZ",
 * "KAZ") or a name ("Kazakhstan", "Казахстан"); null when it is not one of the six.
 */
export function countryCodeOf(text: string): CountryCode | null {
  const value = text.trim();
  if (/^\d{1,3}$/.test(value)) return BY_M49.get(Number(value)) ?? null;
  return BY_NAME.get(value.toLowerCase().replace(/\s+/g, " ")) ?? null;
}
