// The few answers the server in front gives instead of Next (scripts/serve.ts): plain HTML
// in the visitor's language, needing neither the database nor the React tree.
import { MESSAGES } from "@/lib/i18n/messages";

export type PlainLocale = keyof typeof MESSAGES;

const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A small page with a heading, a paragraph and one link, never cached and never indexed. */
export function plainPage(options: {
  locale: PlainLocale;
  status: number;
  title: string;
  body: string;
  link: { href: string; label: string };
  headers?: Record<string, string>;
}): Response {
  const { locale, title, body, link } = options;
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<main role="alert"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p></main>
</body>
</html>
`;
  return new Response(html, {
    status: options.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...options.headers },
  });
}

/** The "temporarily unavailable" page: 503, Retry-After 30 s. */
export function unavailablePage(locale: PlainLocale, retryUrl: string): Response {
  const t = MESSAGES[locale].unavailable;
  return plainPage({ locale, status: 503, title: t.title, body: t.body, link: { href: retryUrl, label: t.retry }, headers: { "Retry-After": "30" } });
}

/** 400 for an address whose parameter holds a control character (a NUL), naming the parameter. */
export function badAddressPage(locale: PlainLocale, parameter: string, pathname: string): Response {
  const t = MESSAGES[locale].badAddress;
  // Back to the same page, never to another host ("//example.org" is one).
  const href = /^\/(?![/\\])/.test(pathname) ? pathname : `/${locale}`;
  return plainPage({ locale, status: 400, title: t.title, body: t.body.replace("{parameter}", parameter), link: { href, label: t.link } });
}
