// Pure text helpers of the search: what the database is asked for, and which parts of
// a result to mark. No markup is built here; the page turns segments into React nodes.

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/**
 * The words of a search string, lower-cased: runs of letters and digits only, so quotes,
 * SQL, markup and emoji never reach a query. At most 8 words of 40 characters each.
 */
export function searchTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

/**
 * A prefix tsquery for to_tsquery: "ташкент редкоземель" → "ташкент:* & редкоземель:*".
 * Safe because every term is letters and digits only (see searchTerms).
 */
export function prefixTsQuery(terms: string[]): string {
  return terms.map((t) => `${t}:*`).join(" & ");
}

export type Segment = { text: string; match: boolean };

/** Splits text into runs that do and do not contain one of the terms (case-insensitive). */
export function highlightSegments(text: string, terms: string[]): Segment[] {
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
      marked.fill(true, at, at + term.length);
    }
  }
  const segments: Segment[] = [];
  marked.forEach((match, i) => {
    const last = segments.at(-1);
    if (last && last.match === match) last.text += text.charAt(i);
    else segments.push({ text: text.charAt(i), match });
  });
  return segments;
}

/**
 * About `length` characters of text around the first term found, with "…" where cut;
 * the start of the text when no term occurs in it.
 */
export function excerptAround(text: string, terms: string[], length = 220): string {
  if (text.length <= length) return text;
  const lower = text.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0);
  const first = hits.length > 0 ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  const end = Math.min(text.length, start + length);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
