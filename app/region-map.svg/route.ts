import { regionMapSprite } from "@/lib/geo/region-map";

// The registry map's shapes (lib/geo/region-map.ts), written at the build: no page carries them.
export const dynamic = "force-static";

export function GET() {
  // Browsers keep it a day (s-maxage, which Next sets, speaks only to shared caches).
  return new Response(regionMapSprite(), { headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
}
