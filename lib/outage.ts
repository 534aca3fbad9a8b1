import type { IncomingMessage } from "node:http";
import { databaseAcceptsConnections } from "@/lib/database-unavailable";
import { localeInPath } from "@/lib/i18n/path-locale";
import { routing } from "@/lib/i18n/routing";
import { unavailablePage } from "@/lib/plain-page";

// The staff workspace reads the database on every request (no data cache in front of it).
const WORKSPACE = new RegExp(`^/(${routing.locales.join("|")})/manage(/|$)`);

// Marks the server's own request for the page during an outage, so it is rendered rather than checked again.
const OUTAGE_CHECK_HEADER = "x-portal-outage-check";
const OUTAGE_CHECK_TOKEN = crypto.randomUUID();
// How the data layer's DatabaseUnavailableError shows up in the page's streamed RSC data.
const UNAVAILABLE_IN_PAGE = /digest\\?":\\?"DATABASE_UNAVAILABLE/;

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade"]);

/**
 * What to answer instead of Next while PostgreSQL is down, or null to let Next answer (the
 * database is up, or this is not a page). A page can no longer set its status once Next
 * streams it, so "503 while the database is down" is decided here, in front of Next: the
 * workspace answers 503 at once; any other page is rendered through this same server
 * (`origin`, the loopback address it listens on) and passed on if it came from the cache,
 * while one that needed the database (a 500 before streaming, or the "database unavailable"
 * digest inside a streamed page) gets the 503 page instead. The second, buffered render is
 * paid only during an outage; in normal operation this costs a regular expression and the
 * probe's remembered answer.
 */
export async function responseDuringOutage(request: IncomingMessage, origin: string): Promise<Response | null> {
  const url = request.url ?? "/";
  const pathname = url.split("?")[0]!;
  const locale = localeInPath(pathname);
  if (!locale || (request.method !== "GET" && request.method !== "HEAD")) return null;
  if (request.headers[OUTAGE_CHECK_HEADER] === OUTAGE_CHECK_TOKEN || (await databaseAcceptsConnections())) return null;
  if (WORKSPACE.test(pathname)) return unavailablePage(locale, url);

  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (HOP_BY_HOP.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value ?? ""]) headers.append(name, v);
  }
  headers.set(OUTAGE_CHECK_HEADER, OUTAGE_CHECK_TOKEN);
  headers.set("accept-encoding", "identity");
  let response: Response;
  try {
    response = await fetch(new URL(url, origin), { method: request.method, headers, redirect: "manual", cache: "no-store" });
  } catch {
    return null;
  }
  const body = await response.text();
  if (response.status >= 500 || UNAVAILABLE_IN_PAGE.test(body)) return unavailablePage(locale, url);
  const passed = new Headers(response.headers);
  for (const name of ["content-encoding", "content-length", ...HOP_BY_HOP]) passed.delete(name);
  return new Response(body, { status: response.status, headers: passed });
}
