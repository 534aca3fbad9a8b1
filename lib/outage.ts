import type { IncomingMessage } from "node:http";
import { databaseAcceptsConnections } from "@/lib/database-unavailable";
import { routing } from "@/lib/i18n/routing";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

const MESSAGES = { en: en.unavailable, ru: ru.unavailable } as const;

const LOCALE = new RegExp(`^/(${routing.locales.join("|")})(/|$)`);
// The staff workspace reads the database on every request (no data cache in front of it).
const WORKSPACE = new RegExp(`^/(${routing.locales.join("|")})/manage(/|$)`);

// Marks the server's own request for the page during an outage, so it is rendered rather than checked again.
const OUTAGE_CHECK_HEADER = "x-portal-outage-check";
const OUTAGE_CHECK_TOKEN = crypto.randomUUID();
// How the data layer's DatabaseUnavailableError shows up in the page's streamed RSC data.
const UNAVAILABLE_IN_PAGE = /digest\\?":\\?"DATABASE_UNAVAILABLE/;

/**
 * The "temporarily unavailable" page with status 503 (Retry-After 30 s, never cached), in
 * the visitor's language. Plain HTML: it must not need the database or the React tree.
 */
function unavailableResponse(locale: string, retryUrl: string): Response {
  const t = MESSAGES[locale === "en" ? "en" : "ru"];
  const html = `<!doctype html>
<html lang="${locale === "en" ? "en" : "ru"}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t.title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<main role="alert"><h1>${t.title}</h1><p>${t.body}</p><p><a href="${escapeAttribute(retryUrl)}">${t.retry}</a></p></main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": "30",
      "Cache-Control": "no-store",
    },
  });
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade"]);

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

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
  const locale = LOCALE.exec(pathname)?.[1];
  if (!locale || (request.method !== "GET" && request.method !== "HEAD")) return null;
  if (request.headers[OUTAGE_CHECK_HEADER] === OUTAGE_CHECK_TOKEN || (await databaseAcceptsConnections())) return null;
  if (WORKSPACE.test(pathname)) return unavailableResponse(locale, url);

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
  if (response.status >= 500 || UNAVAILABLE_IN_PAGE.test(body)) return unavailableResponse(locale, url);
  const passed = new Headers(response.headers);
  for (const name of ["content-encoding", "content-length", ...HOP_BY_HOP]) passed.delete(name);
  return new Response(body, { status: response.status, headers: passed });
}
