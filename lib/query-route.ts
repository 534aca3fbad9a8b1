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

/**
 * Public pages whose view lives in the query string (/ventures?sector=…, /trade?series=…,
 * the filtered and paged lists),
 * served from Next's route cache all the same. A page that reads `searchParams` renders on
 * every request, so proxy.ts rewrites `/en/ventures?sector=ENERGY` to the route
 * `/en/ventures/view/<"sector=ENERGY" in base64url>`, whose path names the view: each view
 * is rendered once and then served whole until a tag of its data expires. The visible URL
 * keeps its query. (base64url, because a percent-encoded query would reach the page
 * decoded or not depending on its characters.) A URL without a query is the default view,
 * served by the page at the public path itself without running proxy.ts at all.
 *
 * Each page's canonical form drops unknown, malformed and default values, so links that
 * mean the same view share one cached page.
 */
type Canonical = (query: SearchParams) => Record<string, string | number | undefined>;

/** A list page's filters and its page number (1 is the default). */
const filteredList =
  (parseFilters: (query: SearchParams) => Record<string, string | number | undefined>): Canonical =>
  (query) => {
    const page = parsePage(query);
    return { ...parseFilters(query), page: page > 1 ? page : undefined };
  };

const CANONICAL_QUERY: Record<string, Canonical> = {
  trade: tradeViewParams,
  ventures: (query) => ventureQueryParams(parseVentureQuery(query)),
  summits: filteredList(parseEventFilters),
  initiatives: filteredList(parseInitiativeFilters),
  documents: filteredList(parseDocumentFilters),
  sources: filteredList(() => ({})),
  search: (query) => ({ q: parseSearchQuery(query).trim() || undefined }),
};

const QUERY_PAGE = new RegExp(`^/(${routing.locales.join("|")})/(${Object.keys(CANONICAL_QUERY).join("|")})/?$`);

/**
 * The internal path that serves this URL, or null when it is not one of these pages or asks
 * for the page's default view (then the page at the public path serves it).
 */
export function queryRoutePath(url: URL): string | null {
  const match = QUERY_PAGE.exec(url.pathname);
  if (!match) return null;
  const [, locale, page] = match;
  const query = toQueryString(CANONICAL_QUERY[page!]!(Object.fromEntries(url.searchParams))).slice(1);
  return query ? `/${locale}/${page}/view/${Buffer.from(query).toString("base64url")}` : null;
}

/** The query a page was asked for, as `searchParams` would give it: none at its public path, else from `/…/view/[query]`. */
export async function viewSearchParams(params: Promise<{ query?: string }>): Promise<Record<string, string>> {
  const { query } = await params;
  return query ? Object.fromEntries(new URLSearchParams(Buffer.from(query, "base64url").toString())) : {};
}
