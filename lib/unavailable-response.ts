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
