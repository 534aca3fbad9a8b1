import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

/** A source behind a chart's figures, as its footer names it. */
export type CreditSource = { id: string; title: string; publisher: string | null; publishedOn: Date | null };

/**
 * The sources of a chart, each once, in the order its figures cite them:
 * "KAZAKHSTAN TODAY, 16 Nov 2025: «title»" where the publisher and date are known, the title
 * alone where the source states neither.
 */
export function creditSources(sources: readonly CreditSource[], locale: Locale): string {
  return uniqueSources(sources)
    .map((s) => {
      const by = [s.publisher, s.publishedOn && formatDate(s.publishedOn, locale)].filter(Boolean).join(", ");
      const title = locale === "ru" ? `«${s.title}»` : `“${s.title}”`;
      return by ? `${title} (${by})` : title;
    })
    .join("; ");
}

/**
 * The same sources in the little room of a link preview (components/preview-image.ts): the publisher,
 * or the title where none is stated, with the date: "KAZAKHSTAN TODAY, 16 Nov 2025".
 */
export function briefCreditSources(sources: readonly CreditSource[], locale: Locale): string[] {
  return uniqueSources(sources).map((s) => [s.publisher ?? s.title, s.publishedOn && formatDate(s.publishedOn, locale)].filter(Boolean).join(", "));
}

/** Each source once, in the order the figures cite them. */
export function uniqueSources<T extends { id: string }>(sources: readonly T[]): T[] {
  return [...new Map(sources.map((s) => [s.id, s] as const)).values()];
}

/**
 * The footer a downloaded chart carries, as Our World in Data's do, so the file still names
 * its source when it travels: the sources line, the portal with the page's address, and the
 * day it was downloaded, each wrapped to the image's width.
 */
export function creditLines(
  credit: { sourceLine: string; portal: string; pageUrl: string; downloaded: string; downloadedOn: Date },
  locale: Locale,
  maxChars: number,
): string[] {
  return [
    ...wrapText(credit.sourceLine, maxChars),
    ...wrapText(`${credit.portal} · ${credit.pageUrl}`, maxChars),
    `${credit.downloaded} ${formatDate(credit.downloadedOn, locale)}`,
  ];
}

/** Lines of at most maxChars, broken at spaces (a longer word, such as a URL, is cut). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest;) {
      const room = line ? maxChars - line.length - 1 : maxChars;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = "";
      } else if (line) {
        lines.push(line);
        line = "";
      } else {
        lines.push(rest.slice(0, maxChars));
        rest = rest.slice(maxChars);
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}
