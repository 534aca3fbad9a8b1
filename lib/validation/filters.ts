import { z } from "zod";
import { DocumentType, EventKind, InitiativeStatus, Sector } from "@/lib/generated/prisma/enums";
import { RECORD_ID } from "@/lib/validation/fields";

// Filters arrive as URL search params. Each one is parsed on its own, so a malformed value
// drops only that filter (back to "all") instead of failing the page.
export type SearchParams = Record<string, string | string[] | undefined>;

const countryCode = z.string().regex(/^[A-Z]{2}$/);
const year = z.coerce.number().int().min(1991).max(2100);
const slug = z.string().regex(/^[a-z0-9-]{1,100}$/);

function pick<T>(schema: z.ZodType<T>, value: string | string[] | undefined): T | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  if (single === undefined || single === "") return undefined;
  const parsed = schema.safeParse(single);
  return parsed.success ? parsed.data : undefined;
}

/** Whether a slug or record id from the URL can name a record at all; one that cannot is a 404 before any query. */
export function isRecordKey(value: string): boolean {
  return RECORD_ID.test(value);
}

export type EventFilters = { kind?: EventKind; year?: number; host?: string; participant?: string };

export function parseEventFilters(params: SearchParams): EventFilters {
  return {
    kind: pick(z.enum(EventKind), params.kind),
    year: pick(year, params.year),
    host: pick(countryCode, params.host),
    participant: pick(countryCode, params.participant),
  };
}

/** `due`: only initiatives nobody has checked for the check interval (lib/metrics/checks.ts). */
export type InitiativeFilters = { sector?: Sector; proposer?: string; status?: InitiativeStatus; event?: string; due?: "1" };

export function parseInitiativeFilters(params: SearchParams): InitiativeFilters {
  return {
    sector: pick(z.enum(Sector), params.sector),
    proposer: pick(countryCode, params.proposer),
    status: pick(z.enum(InitiativeStatus), params.status),
    event: pick(slug, params.event),
    due: pick(z.literal("1"), params.due),
  };
}

export type DocumentFilters = { event?: string; type?: DocumentType };

export function parseDocumentFilters(params: SearchParams): DocumentFilters {
  return { event: pick(slug, params.event), type: pick(z.enum(DocumentType), params.type) };
}

/** The page number of a list's URL: a whole number from 1 (bounded), anything else is page 1. */
export function parsePage(params: SearchParams): number {
  return pick(z.coerce.number().int().min(1).max(100_000), params.page) ?? 1;
}

/** The initiatives list showing `filter` (a scorecard's count, a summit's "not checked" link). */
export function initiativesListHref(filter: Omit<InitiativeFilters, "due"> & { due?: true }): string {
  return `/initiatives${toQueryString({ ...filter, due: filter.due ? "1" : undefined })}`;
}

/** The filters as a query string for links and exports ("?kind=…&year=…"), empty when none. */
export function toQueryString(filters: Record<string, string | number | undefined>): string {
  const entries = Object.entries(filters).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return entries.length === 0 ? "" : `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}

/** The search box's text: at most 200 characters, so any input is a bounded query. */
export function parseSearchQuery(params: SearchParams): string {
  const value = Array.isArray(params.q) ? params.q[0] : params.q;
  return (value ?? "").slice(0, 200);
}
