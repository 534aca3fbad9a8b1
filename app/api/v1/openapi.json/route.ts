import { buildOpenApiDocument } from "@/lib/api/openapi";
import { CACHE_CONTROL, CORS_HEADERS, preflight } from "@/lib/api/handler";
import { etagOf, matchesIfNoneMatch } from "@/lib/api/etag";

// The document depends only on the code, so it is built once per process.
let body: string | undefined;

/** The OpenAPI 3.1 document of the open-data API. */
export function GET(request: Request) {
  body ??= JSON.stringify(buildOpenApiDocument());
  const etag = etagOf(body);
  const headers = { ...CORS_HEADERS, ETag: etag, "Cache-Control": CACHE_CONTROL, "Content-Type": "application/json; charset=utf-8" };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}

export function OPTIONS() {
  return preflight();
}
