import { revalidateTag, unstable_cache } from "next/cache";
import { Decimal } from "@/lib/decimal";
import { DatabaseUnavailableError, forgetDatabaseProbe, isDatabaseUnreachable } from "@/lib/database-unavailable";

/**
 * The tags of the public pages' data cache. After a write, the staff workspace expires
 * what it touched: `updateTag(CACHE_TAGS.trade)` in a server action (the next request
 * reads fresh data), or `expireTags([...])` from a route handler or script.
 */
export const CACHE_TAGS = {
  /** Trade figures (TradeFigure) and their citations. */
  trade: "trade",
  /** Targets, their restatements and citations. */
  targets: "targets",
  /** Events, their documents and participants (the home page shows the latest summit). */
  events: "events",
  /** Sources: titles, publishers and dates shown with every citation. */
  sources: "sources",
  /** Initiatives and their status history. */
  initiatives: "initiatives",
  /** Documents signed or approved at events. */
  documents: "documents",
  /** Joint ventures and their partners (named on initiative and document pages). */
  ventures: "ventures",
  /** Every cached query carries this one: expire it when unsure what a change touches. */
  all: "public-data",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];

// A backstop for edits made outside the portal (psql, a re-seed): at most this stale.
const BACKSTOP_SECONDS = 3600;

/**
 * Wraps a read function in Next's data cache under the given tags. A page rendered from
 * these queries carries their tags too, so expiring a tag also expires the rendered pages
 * that showed its data (kept in this process's memory, or in Redis with REDIS_URL: next.config.ts). Decimal and Date values survive the cache, which
 * stores JSON, through the codec below.
 */
export function cachedQuery<Args extends unknown[], Result>(
  name: string,
  query: (...args: Args) => Promise<Result>,
  tags: readonly CacheTag[],
): (...args: Args) => Promise<Result> {
  const load = async (...args: Args) => {
    try {
      return encodeForCache(await query(...args));
    } catch (error) {
      // A page whose data is not cached while PostgreSQL is down: the error boundary says
      // "temporarily unavailable" (its digest), and nothing broken is cached.
      if (isDatabaseUnreachable(error)) {
        forgetDatabaseProbe();
        throw new DatabaseUnavailableError(error);
      }
      throw error;
    }
  };
  const cached = unstable_cache(load, [name], {
    tags: [...new Set([...tags, CACHE_TAGS.all])],
    revalidate: BACKSTOP_SECONDS,
  });
  return async (...args: Args) => decodeFromCache(await cached(...args)) as Result;
}

/**
 * `generateStaticParams` of the locale layout and of every public page with a dynamic
 * segment: no params at build (which has no database), so each page is rendered on its
 * first request and then served whole from the route cache until a tag of its data expires.
 */
export function renderOnFirstRequest(): never[] {
  return [];
}

/** Expires the tags at once, so the next request reads the database (route handlers, scripts). */
export function expireTags(tags: readonly CacheTag[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

type Encoded = { $date: string } | { $decimal: string };

/** Turns Date and Decimal into tagged JSON objects; everything else passes through. */
export function encodeForCache(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() } satisfies Encoded;
  if (Decimal.isDecimal(value)) return { $decimal: value.toString() } satisfies Encoded;
  if (Array.isArray(value)) return value.map(encodeForCache);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeForCache(v)]));
  return value;
}

/** The inverse of encodeForCache, applied to what the cache parsed from JSON. */
export function decodeFromCache(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeFromCache);
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 1 && "$date" in value && typeof value.$date === "string") return new Date(value.$date);
    if (keys.length === 1 && "$decimal" in value && typeof value.$decimal === "string") return new Decimal(value.$decimal);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeFromCache(v)]));
  }
  return value;
}
