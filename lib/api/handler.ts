import { toCsv } from "@/lib/export/csv";
import { SAMPLE_DATA_HEADER, SAMPLE_DATA_NOTICE, servesSampleData } from "@/lib/sample-data";
import { findDataset, type Page } from "@/lib/api/datasets";
import { badParameters, jsonError } from "@/lib/api/errors";
import { etagOf, matchesIfNoneMatch } from "@/lib/api/etag";
import { parseParams } from "@/lib/api/params";
import { createRateLimiter, type RateLimiter } from "@/lib/api/rate-limit";
import { clientAddress } from "@/lib/client-address";
import { isDatabaseUnreachable } from "@/lib/database-unavailable";
import { logger } from "@/lib/ops/logger";
import { redisNamespace, sharedRedis } from "@/lib/redis";

/** Open for GET from any origin: the data is public, and no cookie is read. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, Content-Disposition",
  "Access-Control-Max-Age": "86400",
} as const;

/**
 * Browsers and proxies may keep an answer but must revalidate it with its ETag each time (a
 * cheap 304): with max-age, a client kept showing an old count for minutes after an edit.
 */
export const CACHE_CONTROL = "public, no-cache";

/** Requests per address per minute (API_RATE_LIMIT overrides; a bench or test may raise it). */
export const RATE_LIMIT = Number(process.env.API_RATE_LIMIT) > 0 ? Number(process.env.API_RATE_LIMIT) : 120;
let limiter: RateLimiter | undefined;
// Made on the first request (the build loads this module, and connects to nothing): shared by
// every instance through Redis when REDIS_URL is set.
const rateLimiter = () =>
  (limiter ??= createRateLimiter({ limit: RATE_LIMIT, windowSeconds: 60, redis: sharedRedis(), keyPrefix: `${redisNamespace()}:api-rate` }));

/** The preflight answer of every API route. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

function wantsCsv(accept: string | null): boolean {
  if (!accept) return false;
  const types = accept.split(",").map((part) => part.split(";")[0]!.trim().toLowerCase());
  const csv = types.indexOf("text/csv");
  const json = types.indexOf("application/json");
  return csv !== -1 && (json === -1 || csv < json);
}

function nextPageUrl(url: URL, page: Page<unknown>): string | null {
  if (page.page * page.limit >= page.total) return null;
  const params = new URLSearchParams(url.searchParams);
  params.set("page", String(page.page + 1));
  return `${url.pathname}?${params.toString()}`;
}

/**
 * Answers GET /api/v1/{dataset}[.csv]: rate limit, strict parameters (400 naming the bad
 * one), the dataset's page as JSON or as CSV (BOM, formula-safe), with ETag, Cache-Control
 * and CORS. A failure is answered in JSON, never with a stack trace (see failureResponse).
 */
export async function handleDatasetRequest(request: Request, segment: string): Promise<Response> {
  const rate = await rateLimiter().check(clientAddress(request.headers));
  const rateHeaders = { ...CORS_HEADERS, "RateLimit-Limit": String(rate.limit), "RateLimit-Remaining": String(rate.remaining) };
  if (!rate.allowed) {
    return jsonError(
      429,
      { error: "rate_limited", message: `More than ${rate.limit} requests a minute from this address; retry in ${rate.retryAfterSeconds} s.` },
      { ...rateHeaders, "Retry-After": String(rate.retryAfterSeconds) },
    );
  }

  const csvSuffix = segment.endsWith(".csv");
  const name = csvSuffix ? segment.slice(0, -".csv".length) : segment;
  const dataset = findDataset(name);
  if (!dataset) return jsonError(404, { error: "not_found", message: `No dataset "${name}". The list is in /api/v1/openapi.json.` }, rateHeaders);

  const asCsv = csvSuffix || wantsCsv(request.headers.get("accept"));
  const url = new URL(request.url);
  const parsed = parseParams(asCsv && dataset.exportQuery ? dataset.exportQuery : dataset.query, url.searchParams);
  if (!parsed.ok) {
    const response = badParameters(parsed.issues);
    for (const [key, value] of Object.entries(rateHeaders)) response.headers.set(key, value);
    return response;
  }

  let body: string;
  try {
    const page = await dataset.load(parsed.data);
    body = asCsv
      ? toCsv(dataset.csvHeader, page.items.map(dataset.csvRow))
      : JSON.stringify({
          ...(servesSampleData() && { notice: SAMPLE_DATA_NOTICE }),
          items: page.items,
          total: page.total,
          page: page.page,
          limit: page.limit,
          next: nextPageUrl(url, page),
        });
  } catch (error) {
    return failureResponse(`api/v1/${name}`, error, rateHeaders);
  }

  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ...rateHeaders,
    ETag: etag,
    "Cache-Control": CACHE_CONTROL,
    Vary: "Accept",
    ...(servesSampleData() && { [SAMPLE_DATA_HEADER]: "generated" }),
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  if (asCsv) {
    headers["Content-Type"] = "text/csv; charset=utf-8";
    headers["Content-Disposition"] = `attachment; filename="${name}.csv"`;
  } else {
    headers["Content-Type"] = "application/json; charset=utf-8";
  }
  return new Response(body, { status: 200, headers });
}

/**
 * A request the API could not answer. Only an unreachable database is a 503 "try again
 * shortly": calling anything else an outage would hide a bug behind a retry. Any other error
 * is a 500 whose id is both in the body and in the server log, so a report can be matched
 * to its stack trace without the trace ever reaching the client.
 */
function failureResponse(route: string, error: unknown, headers: Record<string, string>): Response {
  if (isDatabaseUnreachable(error)) {
    logger.error({ route }, `${route}: the database is unreachable`);
    return jsonError(503, { error: "unavailable", message: "The data is temporarily unavailable; try again shortly." }, { ...headers, "Retry-After": "30" });
  }
  const id = crypto.randomUUID();
  logger.error({ route, errorId: id, err: error }, `${route}: error ${id}`);
  return jsonError(500, { error: "internal", message: `The server failed to answer; quote error ${id} when reporting it.`, id }, headers);
}
