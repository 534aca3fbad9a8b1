import ExcelJS from "exceljs";
import { decodeCsvFile } from "@/lib/import/decode";
import { parseCsv } from "@/lib/import/csv-parse";
import type { TableRow } from "@/lib/trade-stats/presets";

// An official statistics file as rows of text cells: CSV (in the encodings spreadsheets
// write, lib/import/decode.ts) or an XLSX workbook's chosen sheet, read with exceljs.

export const MAX_STATISTICS_BYTES = 60 * 1024 * 1024;

export type TableProblem =
  | { problem: "tooLarge"; maxMb: number }
  | { problem: "empty" | "unknownEncoding" | "notAWorkbook" }
  | { problem: "unterminatedQuote"; line: number }
  | { problem: "noSuchSheet"; sheet: string; sheets: string[] };

export type Table = { ok: true; sheets: string[]; sheet: string | null; rows: TableRow[] } | ({ ok: false } & TableProblem);

/** XLSX by its first bytes (a ZIP archive), whatever the file is called; anything else is read as CSV. */
export function isWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The file's rows; for a workbook, those of `sheet` (the first sheet when none is named). */
export async function readTable(bytes: Uint8Array, sheet?: string): Promise<Table> {
  if (bytes.byteLength > MAX_STATISTICS_BYTES) return { ok: false, problem: "tooLarge", maxMb: MAX_STATISTICS_BYTES / 1024 / 1024 };
  if (bytes.byteLength === 0) return { ok: false, problem: "empty" };
  return isWorkbook(bytes) ? readWorkbook(bytes, sheet) : readCsv(bytes);
}

function readCsv(bytes: Uint8Array): Table {
  const decoded = decodeCsvFile(bytes);
  if (!decoded.ok) return { ok: false, problem: "unknownEncoding" };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return parsed.error === "empty" ? { ok: false, problem: "empty" } : { ok: false, problem: "unterminatedQuote", line: parsed.line };
  return { ok: true, sheets: [], sheet: null, rows: [{ line: 1, cells: parsed.header }, ...parsed.rows] };
}

async function readWorkbook(bytes: Uint8Array, sheet: string | undefined): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, problem: "notAWorkbook" };
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!worksheet) return sheet === undefined ? { ok: false, problem: "empty" } : { ok: false, problem: "noSuchSheet", sheet, sheets };
  const rows: TableRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push({ line, cells });
  });
  return rows.length === 0 ? { ok: false, problem: "empty" } : { ok: true, sheets, sheet: worksheet.name, rows };
}

/** A cell's value as the sheet shows it in substance: numbers in full, a formula by its result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value)
    return value.richText
      .map((part) => part.text)
      .join("")
      .trim();
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text).trim();
  return "";
}
