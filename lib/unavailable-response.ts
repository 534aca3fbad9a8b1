import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

const MESSAGES = { en: en.unavailable, ru: ru.unavailable } as const;

/**
 * The "temporarily unavailable" page with status 503 (Retry-After 30 s, never cached), in
 * the visitor's language. Plain HTML: it must not need the database or the React tree.
 */
export function unavailableResponse(locale: string, retryUrl: string): Response {
  const t = MESSAGES[locale === "en" ? "en" : "ru"];
  const html = `<!doctype html>
<html lang="${locale === "en" ? "en" : "ru"}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t.title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<main role="alert"><h1>${t.title}</h1><p>${t.body}</p><p><a href="${escapeAttribute(retryUrl)}">${t.retry}</a></p></main>
</body>
</html>
`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" } });
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

// Marks the proxy's own request for the page, so it is rendered rather than checked again.
const OUTAGE_CHECK_HEADER = "x-portal-outage-check";
const OUTAGE_CHECK_TOKEN = crypto.randomUUID();
// How the data layer's DatabaseUnavailableError shows up in the page's streamed RSC data.
const UNAVAILABLE_IN_PAGE = /digest\\?":\\?"DATABASE_UNAVAILABLE/;

/** Whether this request is the proxy's own rendering of a page during an outage. */
export function isOutageCheck(request: Request): boolean {
  return request.headers.get(OUTAGE_CHECK_HEADER) === OUTAGE_CHECK_TOKEN;
}

/**
 * While the database is down: renders the page through this same server and passes it on
 * if it came from the data cache; if it needed the database (a 500 before streaming, or the
 * "database unavailable" digest inside a streamed page) the visitor gets the 503 page
 * instead. Costs a second, buffered render, but only during an outage. Reaches the server
 * on the loopback interface at the port `next start` listens on; if that fails, the
 * request goes on unchanged (`null`).
 */
export async function renderDuringOutage(request: Request, locale: string, retryUrl: string): Promise<Response | null> {
  const url = new URL(request.url);
  const self = new URL(url.pathname + url.search, `http://127.0.0.1:${process.env.PORT ?? 3000}`);
  const headers = new Headers(request.headers);
  headers.set(OUTAGE_CHECK_HEADER, OUTAGE_CHECK_TOKEN);
  headers.set("accept-encoding", "identity");
  let response: Response;
  try {
    response = await fetch(self, { method: request.method, headers, redirect: "manual", cache: "no-store" });
  } catch {
    return null;
  }
  const body = await response.text();
  if (response.status >= 500 || UNAVAILABLE_IN_PAGE.test(body)) return unavailableResponse(locale, retryUrl);
  const passed = new Headers(response.headers);
  for (const name of ["content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"]) passed.delete(name);
  return new Response(body, { status: response.status, headers: passed });
}
