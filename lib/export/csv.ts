// RFC 4180 CSV. Text cells that a spreadsheet would run as a formula (=, +, -, @) get a
// leading apostrophe, so an exported title can never execute in Excel or LibreOffice;
// numbers, negative ones included, stay numbers.

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

function cell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: header row, then one line per row, CRLF line ends as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
