// RFC 4180 CSV. Text cells that a spreadsheet would run as a formula (=, +, -, @) get a
// leading apostrophe, so an exported title can never execute in Excel or LibreOffice;
// numbers, negative ones included, stay numbers.

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

function cell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type Row = readonly (string | number | boolean | null | undefined)[];

/** CSV lines, each ended by CRLF as RFC 4180 asks: a document's rows, or a streamed part of them. */
export function csvLines(rows: readonly Row[]): string {
  return rows.map((row) => row.map(cell).join(",") + "\r\n").join("");
}

/**
 * A CSV document: a UTF-8 byte-order mark (without it Excel reads Cyrillic text as its
 * locale's code page), the header row, then one line per row. A streamed document sends
 * `toCsv(header, [])` first, then `csvLines` of each part.
 */
export function toCsv(header: readonly string[], rows: readonly Row[]): string {
  return "\uFEFF" + csvLines([header, ...rows]);
}
