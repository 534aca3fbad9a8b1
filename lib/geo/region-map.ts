import { geoConicEqualArea, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json";
import countries110m from "world-atlas/countries-110m.json";

// The outline of the six countries the portal follows, projected once per process from
// Natural Earth's 1:50m shapes, and the grey neighbours from the coarser 1:110m ones (the
// world-atlas package: nothing is fetched at run time). The shapes are one static file,
// /region-map.svg (regionMapSprite), which the registry's map refers to with <use>: a path
// written into a page travels twice (in the HTML and in the React payload), and these were
// a quarter of the registry's page. Whole-pixel coordinates keep the file small.

/** ISO 3166-1 numeric ids of world-atlas → the portal's alpha-2 codes. */
const NUMERIC_TO_ALPHA2: Record<string, string> = { "398": "KZ", "417": "KG", "762": "TJ", "795": "TM", "860": "UZ", "031": "AZ" };
// Neighbours drawn in grey for orientation, not linked.
const CONTEXT_IDS = new Set(["643", "156", "004", "364", "268", "051", "792", "586", "356", "496"]);

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 560;

/** Where the shapes are served (app/region-map.svg/route.ts); `#<code>` and `#context` name them. */
export const REGION_MAP_SPRITE = "/region-map.svg";

export type MapCountry = { code: string; path: string; centroid: [number, number] };
export type RegionMap = { countries: MapCountry[]; context: string[]; project: (lon: number, lat: number) => [number, number] | null };

let cached: RegionMap | undefined;

/** The projected map: a path and label point per country, and the projection for points. */
export function getRegionMap(): RegionMap {
  if (cached) return cached;
  const features = (topology: unknown) => {
    const t = topology as Topology<{ countries: GeometryCollection }>;
    return (feature(t, t.objects.countries) as FeatureCollection<Geometry>).features;
  };
  const ours = features(countries50m).filter((f) => NUMERIC_TO_ALPHA2[String(f.id)]);
  const neighbours = features(countries110m).filter((f) => CONTEXT_IDS.has(String(f.id)));
  // Conic equal-area with standard parallels across the region: areas compare honestly.
  const projection = geoConicEqualArea()
    .parallels([38, 50])
    .rotate([-62, 0])
    .fitExtent(
      [
        [12, 12],
        [MAP_WIDTH - 12, MAP_HEIGHT - 12],
      ],
      { type: "FeatureCollection", features: ours },
    )
    // Neighbours such as Russia are cut to the frame, so their paths stay small.
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const path = geoPath(projection).digits(0);
  const countries = ours.map((f: Feature<Geometry>) => {
    const code = NUMERIC_TO_ALPHA2[String(f.id)]!;
    return { code, path: path(f) ?? "", centroid: labelPoint(code, path.centroid(f)) };
  });
  const context = neighbours.map((f) => path(f) ?? "");
  cached = {
    countries,
    context,
    project: (lon, lat) => projection([lon, lat]),
  };
  return cached;
}

/**
 * The shapes as an SVG document of named, unstyled paths: each country by its code and the
 * neighbours as one group, "context". A page's <use> gives them their fill and stroke.
 */
export function regionMapSprite(): string {
  const { countries, context } = getRegionMap();
  const shapes = [`<g id="context">${context.map((d) => `<path d="${d}"/>`).join("")}</g>`, ...countries.map((c) => `<path id="${c.code}" d="${c.path}"/>`)];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><defs>${shapes.join("")}</defs></svg>\n`;
}

// Kazakhstan's centroid sits well; Azerbaijan's label would cover Baku's dot, so nudge a few.
function labelPoint(code: string, [x, y]: [number, number]): [number, number] {
  const nudge: Record<string, [number, number]> = { AZ: [-6, -22], KG: [6, -4], TJ: [0, 10] };
  const [dx, dy] = nudge[code] ?? [0, 0];
  return [x + dx, y + dy];
}
