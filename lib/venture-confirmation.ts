// Whether both partner ministries stand behind a venture's facts (issue 18): read by the
// confirmation itself (lib/records/venture-confirmations.ts), the public pages and the API.

/** The countries a venture's partners come from: the ministries that may confirm it. */
export function partnerCountries(partners: { countryCode: string | null; secondCountryCode?: string | null }[]): string[] {
  return [...new Set(partners.flatMap((p) => [p.countryCode, p.secondCountryCode ?? null]).filter((code): code is string => code !== null))].sort();
}

export type ConfirmationState = "confirmed" | "partial" | "none";

/**
 * Each partner country with the date its ministry confirmed the venture's current version
 * (null: awaiting), and the state overall. E.g. a KZ–UZ venture confirmed by KZ on 4 Dec
 * 2026 → { state: "partial", countries: [{ code: "KZ", confirmedAt: 2026-12-04 }, { code: "UZ", confirmedAt: null }] }.
 * Confirmations of an earlier version do not count: the facts changed since.
 */
export function confirmationOf(
  venture: { version: number; partners: { countryCode: string | null; secondCountryCode?: string | null }[] },
  confirmations: { countryCode: string; ventureVersion: number; confirmedAt: Date }[],
): { state: ConfirmationState; countries: { code: string; confirmedAt: Date | null }[] } {
  const countries = partnerCountries(venture.partners).map((code) => ({
    code,
    confirmedAt: confirmations.find((c) => c.countryCode === code && c.ventureVersion === venture.version)?.confirmedAt ?? null,
  }));
  const confirmed = countries.filter((c) => c.confirmedAt).length;
  return { state: confirmed === 0 ? "none" : confirmed === countries.length ? "confirmed" : "partial", countries };
}
