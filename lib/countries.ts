// One colour per country, used the same way on every chart and map. Okabe–Ito
// palette: distinguishable with the common forms of colour blindness.
export const COUNTRY_COLORS: Record<string, string> = {
  KZ: "#0072B2",
  KG: "#D55E00",
  TJ: "#E69F00",
  TM: "#CC79A7",
  UZ: "#009E73",
  AZ: "#56B4E9",
};

/** The whole region (intra-regional series). */
export const REGION_COLOR = "#1b1f24";

export function countryColor(code: string | null | undefined): string {
  return (code && COUNTRY_COLORS[code]) || REGION_COLOR;
}
