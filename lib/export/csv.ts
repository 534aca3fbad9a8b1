import { textStream } from "@/lib/export/stream";
import { SAMPLE_DATA_HEADER, servesSampleData } from "@/lib/sample-data";

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
function csvLines(rows: readonly Row[]): string {
  return rows.map((row) => row.map(cell).join(",") + "\r\n").join("");
}

/**
 * A CSV document: a UTF-8 byte-order mark (without it Excel reads Cyrillic text as its
 * locale's code page), the header row, then one line per row.
 */
export function toCsv(header: readonly string[], rows: readonly Row[]): string {
  return "\uFEFF" + csvLines([header, ...rows]);
}

/**
 * Every CSV download: `toCsv`'s document (byte-order mark, header row, rows) as an attachment
 * named `filename`, with any further `headers`. The rows come all at once, or as parts read
 * while the file streams (thousands of rows never sit whole in memory); the first part is
 * read before answering, so a failing database is an error response, not a cut-off file.
 */
export async function csvResponse(
  filename: string,
  header: readonly string[],
  rows: readonly Row[] | AsyncIterable<readonly Row[]>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const init = {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // The demo's files say so in their name and a header (lib/sample-data.ts).
      "Content-Disposition": `attachment; filename="${servesSampleData() ? `SAMPLE-DATA-${filename}` : filename}"`,
      ...(servesSampleData() && { [SAMPLE_DATA_HEADER]: "generated" }),
      ...headers,
    },
  };
  if (!(Symbol.asyncIterator in rows)) return new Response(toCsv(header, rows), init);
  const parts = rows[Symbol.asyncIterator]();
  const first = await parts.next();
  async function* body() {
    try {
      yield toCsv(header, first.done ? [] : first.value);
      for (let part = await parts.next(); !part.done; part = await parts.next()) yield csvLines(part.value);
    } finally {
      await parts.return?.();
    }
  }
  return new Response(textStream(body()), init);
}
