import { formatDate, isoDay } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

/** What a citation of one portal page is made of. */
export type CitationParts = {
  /** The portal's name in the page's language. */
  portal: string;
  /** The page's title as the page shows it. */
  title: string;
  /** The page's permanent, absolute URL (SITE_URL, locale, path and the query that selects its content). */
  url: string;
  /** When the record behind the page last changed; null when the page has no single record. */
  updated: Date | null;
  /** When the reader looked at the page. */
  accessed: Date;
};

const numericDate = (date: Date) => isoDay(date).split("-").reverse().join(".");

/**
 * The plain-text citation in each language's usual form: English in the author–title–date
 * style of the big citation guides; Russian as GOST R 7.0.100-2018 writes an electronic
 * resource ("… // … – URL: … (дата обращения: 04.12.2026)").
 *
 * Example (en): Central Asia Cooperation Monitor. “Intra-regional trade”. Last updated
 * November 22, 2026. https://monitor.example.org/en/trade?series=INTRA_REGIONAL (accessed December 4, 2026).
 */
export function plainCitation(parts: CitationParts, locale: Locale): string {
  if (locale === "ru") {
    const updated = parts.updated ? ` – Обновлено ${numericDate(parts.updated)}.` : "";
    return `${parts.title} // ${parts.portal}.${updated} – URL: ${parts.url} (дата обращения: ${numericDate(parts.accessed)}).`;
  }
  const updated = parts.updated ? ` Last updated ${formatDate(parts.updated, locale)}.` : "";
  return `${parts.portal}. “${parts.title}”.${updated} ${parts.url} (accessed ${formatDate(parts.accessed, locale)}).`;
}

// Characters that mean something to TeX inside a braced field.
const TEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "%": "\\%",
  "&": "\\&",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};
const tex = (text: string) => text.replace(/[\\{}$%&#_~^]/g, (c) => TEX_SPECIALS[c]!);

/** A BibTeX key from the URL's path and query: "camonitor-en-trade-intra-regional-2026". */
export function bibtexKey(url: string, accessed: Date): string {
  const { pathname, searchParams } = new URL(url);
  const words = [...pathname.split("/"), ...searchParams.values()]
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `camonitor-${words}-${accessed.getUTCFullYear()}`;
}

/**
 * A BibTeX @misc entry (biblatex's `urldate` for the date accessed): the portal as a
 * corporate author in double braces, so no style splits it into first and last names.
 */
export function bibtexCitation(parts: CitationParts, locale: Locale): string {
  const fields: [string, string][] = [
    ["author", `{${tex(parts.portal)}}`],
    ["title", `{${tex(parts.title)}}`],
    ["year", String((parts.updated ?? parts.accessed).getUTCFullYear())],
    ["url", parts.url],
    ["urldate", isoDay(parts.accessed)],
    ...(parts.updated ? ([["note", `${locale === "ru" ? "Обновлено" : "Last updated"} ${isoDay(parts.updated)}`]] as [string, string][]) : []),
    ["language", locale === "ru" ? "russian" : "english"],
  ];
  const body = fields.map(([name, value]) => `  ${name.padEnd(8)} = {${value}}`).join(",\n");
  return `@misc{${bibtexKey(parts.url, parts.accessed)},\n${body}\n}`;
}
