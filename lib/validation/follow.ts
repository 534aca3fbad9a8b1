import { z } from "zod";
import { RECORD_ID } from "@/lib/validation/fields";
import { parsePage, type SearchParams } from "@/lib/validation/filters";

/**
 * What a feed or the /changes page follows: one summit (its event's slug), one initiative
 * (its id), one country (its code), or any combination; none is everything.
 */
export type FollowFilters = { summit?: string; initiative?: string; country?: string };

const FOLLOW_SCHEMAS = {
  summit: z.string().regex(/^[a-z0-9-]{1,100}$/),
  initiative: z.string().regex(RECORD_ID),
  country: z.string().regex(/^[A-Z]{2}$/),
} as const;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * The filters of a URL, and whether one of them is malformed (a feed answers 404 for that
 * rather than quietly following everything; the page drops it, as the lists do).
 */
export function parseFollowFilters(params: SearchParams): { filters: FollowFilters; malformed: boolean } {
  const filters: FollowFilters = {};
  let malformed = false;
  for (const key of Object.keys(FOLLOW_SCHEMAS) as (keyof FollowFilters)[]) {
    const value = single(params[key]);
    if (value === undefined) continue;
    const parsed = FOLLOW_SCHEMAS[key].safeParse(value);
    if (parsed.success) filters[key] = parsed.data;
    else malformed = true;
  }
  return { filters, malformed };
}

export function hasFollowFilter(filters: FollowFilters): boolean {
  return Boolean(filters.summit || filters.initiative || filters.country);
}

/** The feed's path without the locale: "/feed.atom", "/feed.atom?country=KZ". */
export function feedPath(filters: FollowFilters = {}): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return query.size === 0 ? "/feed.atom" : `/feed.atom?${query}`;
}

// The date the visitor asks about, as a date input sends it; kept (cut short) when malformed so the page can say so.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SINCE_TEXT_MAX = 10;

export type ChangesQuery = FollowFilters & {
  /** The day to show changes from, or undefined for the default (the last Consultative Meeting). */
  since?: Date;
  /** What the visitor typed when it is no date the page can use. */
  badSince?: string;
  page: number;
};

/** A calendar day from "2025-11-16", or null when it is no real day between 1991 and 2100. */
export function parseDay(text: string): Date | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1991 || year > 2100) return null;
  return date;
}

/** /changes' query: the follow filters (malformed ones dropped), the day, and the page. */
export function parseChangesQuery(params: SearchParams): ChangesQuery {
  const { filters } = parseFollowFilters(params);
  const sinceText = single(params.since)?.trim().slice(0, SINCE_TEXT_MAX);
  const since = sinceText ? parseDay(sinceText) : null;
  return { ...filters, ...(since ? { since } : sinceText ? { badSince: sinceText } : {}), page: parsePage(params) };
}

/** The canonical query of /changes (lib/query-route.ts), the same for every URL that asks for the same view. */
export function changesQueryParams(query: ChangesQuery): Record<string, string | undefined> {
  return {
    since: query.since ? query.since.toISOString().slice(0, 10) : query.badSince,
    summit: query.summit,
    initiative: query.initiative,
    country: query.country,
    page: query.page > 1 ? String(query.page) : undefined,
  };
}
