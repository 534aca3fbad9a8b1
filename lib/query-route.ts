import { routing } from "@/lib/i18n/routing";
import {
  parseDocumentFilters,
  parseEventFilters,
  parseInitiativeFilters,
  parsePage,
  parseSearchQuery,
  toQueryString,
  type SearchParams,
} from "@/lib/validation/filters";
import { parseVentureQuery, ventureQueryParams } from "@/lib/validation/venture-filters";
import { tradeViewParams } from "@/lib/validation/trade";
import { changesQueryParams, parseChangesQuery } from "@/lib/validation/follow";

/**
 * Public pages whose view lives in the query string (/ventures?sector=…, /trade?series=…,
 * the filtered and paged lists, a target's ?by= horizon, the embed's ?lang=&series=),
 * served from Next's route cache all the same. A page that reads `searchParams` renders on
 * every request, so `/en/ventures?sector=ENERGY` is served by the route
 * `/en/ventures/view/<"sector=ENERGY" in base64url>`, whose path names the view: each view
 * is rendered once and then served whole until a tag of its data expires. scripts/serve.ts
 * names the view (queryView) and Next's own rewrite serves its route (lib/view-rewrite.ts);
 * the visible URL keeps its query. (base64url, because a percent-encoded query would reach
 * the page decoded or not depending on its characters.) A URL without a query is the
 * default view, served by the page at the public path itself.
 *
 * Each page's canonical form drops unknown, malformed and default values, so links that
 * mean the same view share one cached page.
 *
 * The pages are named twice, kept in step by tests/unit/query-route.test.ts: QUERY_PAGES
 * below and a `view/[query]` route beside each page.
 */
type Canonical = (query: SearchParams) => Record<string, string | number | undefined>;

/** A list page's filters and its page number (1 is the default). */
const filteredList =
  (parseFilters: (query: SearchParams) => Record<string, string | number | undefined>): Canonical =>
  (query) => {
    const page = parsePage(query);
    return { ...parseFilters(query), page: page > 1 ? page : undefined };
  };

/** A target's horizon: a year, which the page checks against its own choices. */
const HORIZON = /^20\d\d$/;

const LIST = (name: string) => ({ pattern: `/:locale/${name}`, path: new RegExp(`^/(?:${routing.locales.join("|")})/${name}$`) });

/** Each page whose view is in its query: its path (as a route pattern, and as a regular expression) and its canonical query. */
export const QUERY_PAGES: { pattern: string; path: RegExp; canonical: Canonical }[] = [
  { ...LIST("trade"), canonical: tradeViewParams },
  { ...LIST("ventures"), canonical: (query) => ventureQueryParams(parseVentureQuery(query)) },
  { ...LIST("summits"), canonical: filteredList(parseEventFilters) },
  { ...LIST("initiatives"), canonical: filteredList(parseInitiativeFilters) },
  { ...LIST("documents"), canonical: filteredList(parseDocumentFilters) },
  { ...LIST("sources"), canonical: filteredList(() => ({})) },
  { ...LIST("changes"), canonical: (query) => changesQueryParams(parseChangesQuery(query)) },
  { ...LIST("search"), canonical: (query) => ({ q: parseSearchQuery(query).trim() || undefined }) },
  {
    pattern: "/:locale/targets/:id",
    path: new RegExp(`^/(?:${routing.locales.join("|")})/targets/[^/]+$`),
    canonical: (query) => {
      const by = [query.by].flat().at(-1); // the last, where a link repeats it
      return { by: by && HORIZON.test(by) ? by : undefined };
    },
  },
  {
    pattern: "/embed/:chart",
    path: /^\/embed\/trade$/,
    canonical: (query) => ({ lang: query.lang === "en" ? "en" : undefined, ...tradeViewParams(query) }),
  },
];

/** The page of QUERY_PAGES this URL's path is, a trailing slash aside; undefined for any other. */
function queryPageOf(url: URL): (typeof QUERY_PAGES)[number] | undefined {
  const pathname = url.pathname.replace(/(.)\/$/, "$1");
  return QUERY_PAGES.find((p) => p.path.test(pathname));
}

/**
 * The view this URL asks for (its canonical query in base64url), or null when it is not one
 * of these pages or asks for the page's default view (then the page at the public path
 * serves it).
 */
export function queryView(url: URL): string | null {
  const page = queryPageOf(url);
  if (!page) return null;
  const query = toQueryString(page.canonical(searchParamsOf(url))).slice(1);
  return query ? Buffer.from(query).toString("base64url") : null;
}

/**
 * Where a GET form's answer belongs: a form sends every field, the empty ones (`to=`) and the
 * menus that only name a series to add (`add_reporter=…`) too, and the link a reader shares
 * would carry them. Such a URL of one of these pages is sent on (scripts/serve.ts) to its
 * view's canonical query; null when it has none of them.
 */
export function tidyFormUrl(url: URL): string | null {
  const page = queryPageOf(url);
  if (!page || ![...url.searchParams].some(([key, value]) => value === "" || key.startsWith("add_"))) return null;
  return `${url.pathname}${toQueryString(page.canonical(searchParamsOf(url)))}`;
}

/** A URL's query as Next gives a page its `searchParams`: a key given more than once (?compare=A&compare=B, from checkboxes) has all its values. */
function searchParamsOf(url: URL): SearchParams {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length > 1 ? values : values[0]!;
  }
  return query;
}

/** The query a page was asked for, as `searchParams` would give it: none at its public path, else from `/…/view/[query]`. */
export async function viewSearchParams(params: Promise<{ query?: string }>): Promise<Record<string, string>> {
  const { query } = await params;
  return query ? Object.fromEntries(new URLSearchParams(Buffer.from(query, "base64url").toString())) : {};
}
