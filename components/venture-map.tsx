import { getTranslations } from "next-intl/server";
import { getRegionMap, MAP_HEIGHT, MAP_WIDTH, REGION_MAP_SPRITE } from "@/lib/geo/region-map";
import { findPlace } from "@/lib/geo/places";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { VentureSummary } from "@/lib/queries/ventures";

// Five steps of one blue, light to dark (ColorBrewer Blues), so shading reads without hue.
const SHADES = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
const NONE = "#eef0f3";

function shadeFor(count: number, max: number): string {
  if (count === 0 || max === 0) return NONE;
  return SHADES[Math.min(SHADES.length - 1, Math.floor(((count - 1) / max) * SHADES.length))]!;
}

/**
 * The registry's map, drawn on the server as SVG: countries shaded by their number of
 * ventures, each a link that filters the registry (a tab stop with a spoken label), lines
 * between countries that share ventures, dots for the cities. The same figures are in the
 * tables beside it, for anyone who cannot use the picture.
 */
export async function VentureMap({
  summary,
  countries,
  locale,
  selected,
}: {
  summary: VentureSummary;
  countries: readonly { code: string; nameRu: string; nameEn: string }[];
  locale: Locale;
  selected?: string;
}) {
  const t = await getTranslations("ventures");
  const map = getRegionMap();
  const byCode = new Map(summary.byCountry.map((c) => [c.code, c]));
  const nameOf = new Map(countries.map((c) => [c.code, localized(locale, c.nameRu, c.nameEn)]));
  const max = Math.max(0, ...summary.byCountry.map((c) => c.ventures));
  const centroid = new Map(map.countries.map((c) => [c.code, c.centroid]));
  const maxPair = Math.max(1, ...summary.byPair.map((p) => p.ventures));
  const maxPlace = Math.max(1, ...summary.byPlace.map((p) => p.ventures));

  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label={t("mapLabel")}
        className="h-auto w-full rounded-lg border border-line bg-[#f3f6fa]"
        data-testid="venture-map"
      >
        <use href={`${REGION_MAP_SPRITE}#context`} aria-hidden="true" fill="#e3e6ea" stroke="#ffffff" strokeWidth={0.8} />
        {map.countries.map((country) => {
          const row = byCode.get(country.code);
          const count = row?.ventures ?? 0;
          const name = nameOf.get(country.code) ?? country.code;
          return (
            <a
              key={country.code}
              href={`/${locale}/ventures?country=${country.code}`}
              aria-label={t("mapCountryLink", { country: name, count })}
              data-country={country.code}
              className="group outline-none"
            >
              <use
                href={`${REGION_MAP_SPRITE}#${country.code}`}
                fill={shadeFor(count, max)}
                stroke={selected === country.code ? "#1b1f24" : "#5b6573"}
                strokeWidth={selected === country.code ? 2.5 : 1}
                className="transition-[stroke-width] group-hover:stroke-[#1b1f24] group-hover:[stroke-width:2.5] group-focus-visible:stroke-[#e69f00] group-focus-visible:[stroke-width:4]"
              />
            </a>
          );
        })}
        <g aria-hidden="true" fill="none" stroke="#d55e00" strokeLinecap="round" strokeOpacity={0.75}>
          {summary.byPair.map((pair) => {
            const a = centroid.get(pair.a);
            const b = centroid.get(pair.b);
            if (!a || !b) return null;
            // A gentle arc, so lines between neighbours do not hide the border.
            const mx = (a[0] + b[0]) / 2 + (b[1] - a[1]) * 0.15;
            const my = (a[1] + b[1]) / 2 - (b[0] - a[0]) * 0.15;
            return (
              <path
                key={`${pair.a}-${pair.b}`}
                d={`M${a[0]},${a[1]} Q${mx},${my} ${b[0]},${b[1]}`}
                strokeWidth={1.5 + 8 * Math.sqrt(pair.ventures / maxPair)}
              />
            );
          })}
        </g>
        <g aria-hidden="true" fill="#1b1f24" stroke="#ffffff" strokeWidth={1.5}>
          {summary.byPlace.map((place) => {
            const known = findPlace(place.countryCode, place.cityEn);
            const point = known && map.project(known.lon, known.lat);
            if (!point) return null;
            return (
              <circle key={`${place.countryCode}-${place.cityEn}`} cx={point[0]} cy={point[1]} r={4 + 8 * Math.sqrt(place.ventures / maxPlace)}>
                <title>{`${localized(locale, place.cityRu, place.cityEn)}: ${place.ventures}`}</title>
              </circle>
            );
          })}
        </g>
        <g
          aria-hidden="true"
          className="pointer-events-none"
          fontSize={15}
          fontWeight={600}
          textAnchor="middle"
          fill="#1b1f24"
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {map.countries.map((country) => {
            const row = byCode.get(country.code);
            return (
              <text key={country.code} x={country.centroid[0]} y={country.centroid[1]}>
                {`${nameOf.get(country.code) ?? country.code} ${row?.ventures ?? 0}`}
              </text>
            );
          })}
        </g>
      </svg>
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
        <span>{t("mapLegend")}:</span>
        <span className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border border-line" style={{ background: NONE }} /> {t("mapLegendNone")}
        </span>
        {SHADES.map((shade, i) => {
          // The counts shadeFor() gives this shade.
          const from = Math.ceil((i * max) / SHADES.length) + 1;
          const to = Math.min(max, Math.ceil(((i + 1) * max) / SHADES.length));
          if (max === 0 || to < from) return null;
          return (
            <span key={shade} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm" style={{ background: shade }} /> {from === to ? from : `${from}–${to}`}
            </span>
          );
        })}
      </figcaption>
    </figure>
  );
}
