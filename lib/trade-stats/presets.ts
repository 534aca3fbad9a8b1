import type { TradeFlow } from "@/lib/generated/prisma/enums";
import { countryCodeOf, type CountryCode } from "@/lib/trade-stats/countries";
import { parsePeriod, periodOf, type Period } from "@/lib/trade-stats/period";
import { readNumber, scaleToCents } from "@/lib/trade-stats/number";

// How the rows of an official statistics file become figures: one reader per layout
// ("preset"). A reader sees the file as rows of text cells (lib/trade-stats/table.ts) and
// answers, for each row or cell, a figure, a reason to skip it, or what is wrong with it.

/** One figure as a statistics office reports it: `reporter`'s exports to, imports from, or turnover with `partner`. */
export type StatFigure = { reporter: CountryCode; partner: CountryCode; flow: TradeFlow; valueUsd: string } & Period;

/** Rows that are not errors but are not the portal's figures; counted, with the reason. */
export const SKIP_REASONS = ["reporterNotFollowed", "partnerNotFollowed", "samePair", "notTotal", "breakdown", "reExport", "noValue"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const WRONG_REASONS = ["unknownPeriod", "unknownFlow", "notANumber", "ambiguousNumber", "negative", "tooLarge", "duplicateInFile"] as const;
export type WrongReason = (typeof WRONG_REASONS)[number];

export type ReadCell =
  | { line: number; column?: string; outcome: "figure"; figure: StatFigure; read: string }
  | { line: number; column?: string; outcome: "skipped"; reason: SkipReason; value?: string }
  | { line: number; column?: string; outcome: "wrong"; reason: WrongReason; value?: string; firstLine?: number };

/** `found`: the header the file has, so the person sees what to map instead. */
export type LayoutProblem = { problem: "noHeader" } | { problem: "missingColumns"; columns: string[]; found: string[] };

export const PRESETS = ["comtrade", "wide", "columns"] as const;
export type Preset = (typeof PRESETS)[number];

/** What the wide layout cannot read from the file: whose table it is, which flow, in what unit. */
export type WideSettings = { reporter: CountryCode; flow: TradeFlow; scale: Scale };
export const SCALES = [0, 3, 6] as const; // US dollars, thousands, millions
export type Scale = (typeof SCALES)[number];

/**
 * A long table in any layout: the header names of the columns holding each part of a figure.
 * The reporter and the flow come from a column or are the same for every row; a month column,
 * when named, makes the period column a year.
 */
export type ColumnMap = { reporter?: string; partner: string; period: string; month?: string; flow?: string; value: string };
export type ColumnsSettings = { columns: ColumnMap; reporter?: CountryCode; flow?: TradeFlow; scale: Scale };

export type PresetSettings = { preset: "comtrade" } | ({ preset: "wide" } & WideSettings) | ({ preset: "columns" } & ColumnsSettings);

/** A row of the file: its line (a CSV line, a sheet's row number) and its cells as text. */
export type TableRow = { line: number; cells: string[] };

export function readRows(rows: readonly TableRow[], settings: PresetSettings): { ok: true; cells: ReadCell[] } | ({ ok: false } & LayoutProblem) {
  const read = settings.preset === "comtrade" ? readComtrade(rows) : settings.preset === "wide" ? readWide(rows, settings) : readColumns(rows, settings);
  if (!read.ok) return read;
  return { ok: true, cells: markDuplicates(read.cells) };
}

/** The same reporter, pair, flow and period twice in one file: the later ones are wrong. */
function markDuplicates(cells: ReadCell[]): ReadCell[] {
  const first = new Map<string, number>();
  return cells.map((cell) => {
    if (cell.outcome !== "figure") return cell;
    const key = figureKey(cell.figure);
    const line = first.get(key);
    if (line === undefined) {
      first.set(key, cell.line);
      return cell;
    }
    return { line: cell.line, column: cell.column, outcome: "wrong", reason: "duplicateInFile", firstLine: line };
  });
}

/** What identifies a reported figure: a later release of the same key revises it. */
export function figureKey(f: { reporter: string; partner: string; flow: string; periodStart: Date; periodEnd: Date }): string {
  return `${f.reporter}>${f.partner}:${f.flow}:${f.periodStart.toISOString().slice(0, 10)}/${f.periodEnd.toISOString().slice(0, 10)}`;
}

// UN Comtrade's bulk and API layout: one row per reporter, partner, flow, commodity and period.

/** A flow as files write it: Comtrade's codes (RX, RM: re-exports and re-imports, not counted) or a word in either language. */
const FLOWS = new Map<string, TradeFlow | "reExport">([
  ...["x", "export", "exports", "экспорт"].map((word) => [word, "EXPORT"] as const),
  ...["m", "import", "imports", "импорт"].map((word) => [word, "IMPORT"] as const),
  ...["turnover", "total trade", "товарооборот", "внешнеторговый оборот"].map((word) => [word, "TURNOVER"] as const),
  ...["rx", "rm", "re-export", "re-import", "реэкспорт", "реимпорт"].map((word) => [word, "reExport"] as const),
]);
const flowOf = (text: string) => FLOWS.get(text.trim().toLowerCase().replace(/\s+/g, " "));
/** Breakdown columns and the value that means "all": other values would count a part twice. */
const ALL_OF: Record<string, readonly string[]> = { partner2code: ["0", ""], customscode: ["C00", ""], motcode: ["0", ""] };

function readComtrade(rows: readonly TableRow[]): { ok: true; cells: ReadCell[] } | ({ ok: false } & LayoutProblem) {
  const [first, ...body] = rows;
  if (!first) return { ok: false, problem: "noHeader" };
  const index = new Map(first.cells.map((name, i) => [name.trim().toLowerCase(), i]));
  const at = (row: readonly string[], name: string) => {
    const i = index.get(name);
    return i === undefined ? "" : (row[i] ?? "").trim();
  };
  const missing = [
    ["reportercode", "reporteriso", "reporterdesc"],
    ["partnercode", "partneriso", "partnerdesc"],
    ["flowcode"],
    ["primaryvalue"],
    ["period", "refyear"],
  ].filter((names) => !names.some((name) => index.has(name)));
  if (missing.length > 0)
    return { ok: false, problem: "missingColumns", columns: missing.map((names) => COMTRADE_NAMES[names[0]!]!), found: headerNames(first.cells) };

  const cells: ReadCell[] = [];
  body.forEach(({ line, cells: row }) => {
    if (row.every((cell) => cell.trim() === "")) return;
    const commodity = at(row, "cmdcode");
    if (commodity && commodity.toUpperCase() !== "TOTAL") return cells.push({ line, outcome: "skipped", reason: "notTotal", value: commodity });
    const breakdown = Object.entries(ALL_OF).find(([name, all]) => index.has(name) && !all.includes(at(row, name)));
    if (breakdown) return cells.push({ line, outcome: "skipped", reason: "breakdown", value: at(row, breakdown[0]) });
    const flow = flowOf(at(row, "flowcode"));
    if (!flow) return cells.push({ line, outcome: "wrong", reason: "unknownFlow", value: at(row, "flowcode") });
    if (flow === "reExport") return cells.push({ line, outcome: "skipped", reason: "reExport", value: at(row, "flowcode") });
    const reporter = firstCountry(row, at, "reporter");
    if (!reporter) return cells.push({ line, outcome: "skipped", reason: "reporterNotFollowed", value: at(row, "reporterdesc") || at(row, "reportercode") });
    const partner = firstCountry(row, at, "partner");
    if (!partner) return cells.push({ line, outcome: "skipped", reason: "partnerNotFollowed", value: at(row, "partnerdesc") || at(row, "partnercode") });
    if (partner === reporter) return cells.push({ line, outcome: "skipped", reason: "samePair", value: partner });
    const period = comtradePeriod(at(row, "freqcode"), at(row, "period"), at(row, "refyear"), at(row, "refmonth"));
    if (!period) return cells.push({ line, outcome: "wrong", reason: "unknownPeriod", value: at(row, "period") || at(row, "refyear") });
    cells.push(valueCell(line, undefined, at(row, "primaryvalue"), 0, (valueUsd) => ({ reporter, partner, flow, valueUsd, ...period })));
  });
  return { ok: true, cells };
}

const COMTRADE_NAMES: Record<string, string> = {
  reportercode: "reporterCode / reporterISO / reporterDesc",
  partnercode: "partnerCode / partnerISO / partnerDesc",
  flowcode: "flowCode",
  primaryvalue: "primaryValue",
  period: "period / refYear",
};

function firstCountry(row: readonly string[], at: (row: readonly string[], name: string) => string, side: "reporter" | "partner"): CountryCode | null {
  for (const suffix of ["code", "iso", "desc"]) {
    const text = at(row, `${side}${suffix}`);
    if (text) return countryCodeOf(text);
  }
  return null;
}

const MONTH_NUMBER = /^(0?[1-9]|1[0-2])$/;

/** Comtrade's period: "2023" for annual data (freqCode A), "202304" for monthly (M). */
function comtradePeriod(freq: string, period: string, refYear: string, refMonth: string): Period | null {
  const parsed = period ? parsePeriod(period) : null;
  if (parsed) return freq && (freq.toUpperCase() === "M") !== (parsed.frequency === "MONTH") ? null : parsed;
  if (!/^\d{4}$/.test(refYear)) return null;
  if (freq.toUpperCase() === "M") return MONTH_NUMBER.test(refMonth) ? periodOf("MONTH", Number(refYear), Number(refMonth)) : null;
  return periodOf("YEAR", Number(refYear));
}

// A statistics office's wide table: a title, then a header row of periods, then one row per
// partner country with its value for each period.

/** Whole digits a value in dollars may have: the column holds up to 10^16 (numeric(18, 2)); no trade flow nears 10^15. */
const MAX_USD_DIGITS = 15;

const NOT_AVAILABLE = new Set(["", "..", "...", "-", "–", "—", "x", "х", "n/a", "na"]);

function readWide(rows: readonly TableRow[], settings: WideSettings): { ok: true; cells: ReadCell[] } | ({ ok: false } & LayoutProblem) {
  const headerIndex = rows.findIndex((row) => row.cells.slice(1).some((cell) => parsePeriod(cell) !== null));
  if (headerIndex < 0) return { ok: false, problem: "noHeader" };
  const header = rows[headerIndex]!.cells;
  const periods = header.map((cell, i) => (i === 0 ? null : parsePeriod(cell)));
  const cells: ReadCell[] = [];
  rows.slice(headerIndex + 1).forEach(({ line, cells: row }) => {
    if (row.every((cell) => cell.trim() === "")) return;
    const name = (row[0] ?? "").trim();
    const partner = countryCodeOf(name);
    if (!partner) return cells.push({ line, outcome: "skipped", reason: "partnerNotFollowed", value: name });
    if (partner === settings.reporter) return cells.push({ line, outcome: "skipped", reason: "samePair", value: name });
    periods.forEach((period, column) => {
      if (!period) return;
      const columnName = header[column]!.trim();
      const text = (row[column] ?? "").trim();
      if (NOT_AVAILABLE.has(text.toLowerCase())) return cells.push({ line, column: columnName, outcome: "skipped", reason: "noValue", value: text });
      cells.push(
        valueCell(line, columnName, text, settings.scale, (valueUsd) => ({ reporter: settings.reporter, partner, flow: settings.flow, valueUsd, ...period })),
      );
    });
  });
  return { ok: true, cells };
}

// Any long table, read through the person's column map: one row per figure.

/** Rows searched for the header: a title and notes above it are usual, 20 rows of them are not. */
const HEADER_SEARCH_ROWS = 20;

/** The header row: of the first rows, the first with the most filled cells (a title row has one). */
export function findHeader(rows: readonly TableRow[]): number {
  let best = -1;
  let filled = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const count = row.cells.filter((cell) => cell.trim() !== "").length;
    if (count > filled) [best, filled] = [i, count];
  });
  return best;
}

const headerNames = (cells: readonly string[]) => cells.map((cell) => cell.trim()).filter((cell) => cell !== "");

/** What the person maps: the header's column names and the first rows under it. */
export function previewTable(rows: readonly TableRow[], sampleRows = 5): { header: string[]; sample: string[][] } {
  const at = findHeader(rows);
  if (at < 0) return { header: [], sample: [] };
  // The named columns only, and each sample row's cells under them (an unnamed column is left out of both).
  const named = rows[at]!.cells.flatMap((cell, i) => (cell.trim() === "" ? [] : [i]));
  return {
    header: named.map((i) => rows[at]!.cells[i]!.trim()),
    sample: rows.slice(at + 1, at + 1 + sampleRows).map((row) => named.map((i) => row.cells[i] ?? "")),
  };
}

function readColumns(rows: readonly TableRow[], settings: ColumnsSettings): { ok: true; cells: ReadCell[] } | ({ ok: false } & LayoutProblem) {
  const headerIndex = findHeader(rows);
  if (headerIndex < 0) return { ok: false, problem: "noHeader" };
  const header = rows[headerIndex]!.cells;
  const index = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const mapped = Object.values(settings.columns).filter((name): name is string => name !== undefined);
  const missing = mapped.filter((name) => !index.has(name.trim().toLowerCase()));
  if (missing.length > 0) return { ok: false, problem: "missingColumns", columns: missing, found: headerNames(header) };
  const at = (row: readonly string[], name: string | undefined) => (name === undefined ? "" : (row[index.get(name.trim().toLowerCase())!] ?? "").trim());
  const { columns } = settings;

  const cells: ReadCell[] = [];
  rows.slice(headerIndex + 1).forEach(({ line, cells: row }) => {
    if (row.every((cell) => cell.trim() === "")) return;
    const reporter = settings.reporter ?? countryCodeOf(at(row, columns.reporter));
    if (!reporter) return cells.push({ line, outcome: "skipped", reason: "reporterNotFollowed", value: at(row, columns.reporter) });
    const partner = countryCodeOf(at(row, columns.partner));
    if (!partner) return cells.push({ line, outcome: "skipped", reason: "partnerNotFollowed", value: at(row, columns.partner) });
    if (partner === reporter) return cells.push({ line, outcome: "skipped", reason: "samePair", value: partner });
    const flow = settings.flow ?? flowOf(at(row, columns.flow));
    if (!flow) return cells.push({ line, outcome: "wrong", reason: "unknownFlow", value: at(row, columns.flow) });
    if (flow === "reExport") return cells.push({ line, outcome: "skipped", reason: "reExport", value: at(row, columns.flow) });
    const period = columns.month ? yearAndMonth(at(row, columns.period), at(row, columns.month)) : parsePeriod(at(row, columns.period));
    if (!period)
      return cells.push({
        line,
        outcome: "wrong",
        reason: "unknownPeriod",
        value: [at(row, columns.period), at(row, columns.month)].filter(Boolean).join(" "),
      });
    const text = at(row, columns.value);
    if (NOT_AVAILABLE.has(text.toLowerCase())) return cells.push({ line, outcome: "skipped", reason: "noValue", value: text });
    cells.push(valueCell(line, undefined, text, settings.scale, (valueUsd) => ({ reporter, partner, flow, valueUsd, ...period })));
  });
  return { ok: true, cells };
}

/** A year column and a month column: the month 1–12, or the whole year when the month is empty. */
function yearAndMonth(year: string, month: string): Period | null {
  if (!/^\d{4}$/.test(year)) return null;
  if (month === "") return periodOf("YEAR", Number(year));
  return MONTH_NUMBER.test(month) ? periodOf("MONTH", Number(year), Number(month)) : null;
}

function valueCell(line: number, column: string | undefined, text: string, scale: number, figure: (valueUsd: string) => StatFigure): ReadCell {
  if (text === "") return { line, column, outcome: "skipped", reason: "noValue" };
  const number = readNumber(text);
  if (!number.ok) return { line, column, outcome: "wrong", reason: number.reason, value: text };
  if (number.value.startsWith("-")) return { line, column, outcome: "wrong", reason: "negative", value: text };
  const valueUsd = scaleToCents(number.value, scale);
  if (valueUsd.length > MAX_USD_DIGITS + 3) return { line, column, outcome: "wrong", reason: "tooLarge", value: text };
  return { line, column, outcome: "figure", figure: figure(valueUsd), read: text };
}
