import type { PrismaClient } from "@/lib/prisma-client";
import { AuthorizationError, assertAllowed, type Actor } from "@/lib/auth/permissions";
import { fieldErrorsOf, type FieldError } from "@/lib/validation/fields";
import type { TradeFigureInput } from "@/lib/validation/trade-figure-input";
import type { VentureInput } from "@/lib/validation/venture-input";
import { parseCsv } from "@/lib/import/csv-parse";
import { COLUMNS, REQUIRED_COLUMNS, SCHEMAS, columnOf, parsePartners, rowToInput, type ImportKind } from "@/lib/import/kinds";
import { insertTradeFigure, tradeFigureKey } from "@/lib/records/trade-figures";
import { insertVenture } from "@/lib/records/ventures";
import { MutationError, type Tx } from "@/lib/records/mutation";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
// All rows are written in one transaction; 20,000 rows take a few minutes on a busy server.
const TRANSACTION_TIMEOUT_MS = 15 * 60_000;

export type RowError = FieldError & { column: string };
export type CheckedRow = { line: number; cells: Record<string, string>; errors: RowError[] };

type Parsed = { kind: "tradeFigures"; data: TradeFigureInput } | { kind: "ventures"; data: VentureInput };

export type FileProblem =
  | { error: "unauthenticated" | "forbidden" | "empty" | "noRows" | "unavailable" }
  | { error: "tooLarge"; maxMb: number }
  | { error: "tooManyRows"; max: number; rows: number }
  | { error: "unterminatedQuote"; line: number }
  | { error: "missingColumns"; columns: string }
  | { error: "unknownColumns"; columns: string };

export type ImportCheck = ({ ok: true; kind: ImportKind; columns: string[]; rows: CheckedRow[]; errorCount: number } | ({ ok: false } & FileProblem));

export type ImportResult = { ok: true; imported: number; ids: string[] } | ({ ok: false } & FileProblem) | { ok: false; error: "rowsInvalid"; check: ImportCheck };

/**
 * The dry run: parses the file and checks every row with the entry form's schema, then
 * against the database (countries, sources and linked records exist; no likely duplicate
 * within the file or among live records). Writes nothing.
 */
export async function checkImport(db: PrismaClient, actor: Actor | null, input: { kind: ImportKind; text: string }): Promise<ImportCheck> {
  return (await prepare(db, actor, input)).check;
}

/**
 * Imports every row of a file that passes the dry run, all in one transaction: either
 * every row is written, each with its audit entry exactly as the form would write it, or
 * none is. `onProgress` hears after each row (rows written so far are not visible to
 * anyone until the transaction commits).
 */
export async function runImport(
  db: PrismaClient,
  actor: Actor | null,
  input: { kind: ImportKind; text: string },
  onProgress?: (done: number, total: number) => void | Promise<void>,
): Promise<ImportResult> {
  const { check, parsed } = await prepare(db, actor, input);
  if (!check.ok) return check;
  if (check.errorCount > 0) return { ok: false, error: "rowsInvalid", check };
  const allowed = actor!;
  let current = 0; // with no invalid row, every row was parsed: parsed[i] is rows[i]
  try {
    const ids = await db.$transaction(
      async (tx) => {
        const written: string[] = [];
        const newSources = new Map<string, string>();
        for (const [index, row] of parsed.entries()) {
          current = index;
          const result =
            row.kind === "tradeFigures"
              ? await insertTradeFigure(tx, allowed, await withSharedSources(tx, row.data, newSources))
              : await insertVenture(tx, allowed, await withSharedSources(tx, row.data, newSources));
          written.push(result.id);
          await onProgress?.(index + 1, parsed.length);
        }
        return written;
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
    return { ok: true, imported: ids.length, ids };
  } catch (error) {
    // A row that passed the dry run but is refused now (a source deleted meanwhile): nothing was written.
    if (error instanceof MutationError) {
      const fieldErrors = Object.entries(error.result.fieldErrors ?? {}).map(([path, e]) => ({ column: columnOf(path), ...e }));
      const rows = check.rows.map((row, index) => (index === current ? { ...row, errors: fieldErrors.length > 0 ? fieldErrors : [{ column: "", key: "validation.invalid" }] } : row));
      return { ok: false, error: "rowsInvalid", check: { ...check, rows, errorCount: 1 } };
    }
    throw error;
  }
}

/**
 * A new source typed into several rows (same address, or same title without one) is
 * created once and cited by each; one already in the bibliography with that address is reused.
 */
async function withSharedSources<T extends TradeFigureInput | VentureInput>(tx: Tx, data: T, created: Map<string, string>): Promise<T> {
  const source = data.newSource;
  if (!source) return data;
  const key = source.url ? `url:${source.url}` : `title:${source.title.toLowerCase()}`;
  let id = created.get(key);
  if (!id && source.url) id = (await tx.source.findFirst({ where: { url: source.url, deletedAt: null }, select: { id: true } }))?.id;
  if (!id) {
    const { title, publisher, publishedOn, url, language } = source;
    id = (await tx.source.create({ data: { titleRu: title, titleEn: title, publisher, publishedOn, url, language } })).id;
  }
  created.set(key, id);
  return { ...data, newSource: undefined, citations: [...data.citations, { id: null, sourceId: id, quote: null }] };
}

async function prepare(db: PrismaClient, actor: Actor | null, input: { kind: ImportKind; text: string }): Promise<{ check: ImportCheck; parsed: Parsed[] }> {
  const refuse = (problem: FileProblem) => ({ check: { ok: false as const, ...problem }, parsed: [] });
  try {
    assertAllowed(actor, "import:run");
  } catch (error) {
    if (error instanceof AuthorizationError) return refuse({ error: error.reason });
    throw error;
  }
  if (Buffer.byteLength(input.text, "utf8") > MAX_IMPORT_BYTES) return refuse({ error: "tooLarge", maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  const csv = parseCsv(input.text);
  if (!csv.ok) return refuse(csv.error === "empty" ? { error: "empty" } : { error: "unterminatedQuote", line: csv.line });
  if (csv.rows.length === 0) return refuse({ error: "noRows" });
  if (csv.rows.length > MAX_IMPORT_ROWS) return refuse({ error: "tooManyRows", max: MAX_IMPORT_ROWS, rows: csv.rows.length });
  const known: readonly string[] = COLUMNS[input.kind];
  const unknown = csv.header.filter((name) => !known.includes(name));
  if (unknown.length > 0) return refuse({ error: "unknownColumns", columns: unknown.join(", ") });
  const missing = REQUIRED_COLUMNS[input.kind].filter((name) => !csv.header.includes(name));
  if (missing.length > 0) return refuse({ error: "missingColumns", columns: missing.join(", ") });

  const schema = SCHEMAS[input.kind];
  const rows: CheckedRow[] = [];
  const parsed: Parsed[] = [];
  const parsedLines: number[] = [];
  for (const { line, cells } of csv.rows) {
    const record = Object.fromEntries(csv.header.map((name, index) => [name, cells[index] ?? ""]));
    const values = rowToInput(input.kind, record);
    const errors: RowError[] = [];
    for (const [field, value] of Object.entries(values)) {
      if (typeof value === "string" && value.startsWith("invalid:")) errors.push({ column: columnOf(field), key: "validation.yesNo" });
    }
    if (cells.length > csv.header.length) errors.push({ column: "", key: "import.extraCells", values: { count: cells.length, expected: csv.header.length } });
    const result = schema.safeParse(values);
    if (result.success) {
      parsed.push({ kind: input.kind, data: result.data } as Parsed);
      parsedLines.push(rows.length);
    } else {
      for (const [path, error] of Object.entries(fieldErrorsOf(result.error))) {
        // In a file there is no list to choose from: say what to write instead.
        errors.push({ column: columnOf(path), ...(error.key === "validation.countryCode" ? { key: "import.countryCodeFormat" } : error) });
      }
    }
    rows.push({ line, cells: record, errors });
  }

  const referenceErrors = await checkReferences(db, rows.map((row) => referencesOf(input.kind, row.cells)));
  rows.forEach((row, index) => row.errors.push(...referenceErrors[index]!));
  const duplicateErrors = await checkDuplicates(db, parsed, parsedLines.map((rowIndex) => rows[rowIndex]!.line));
  parsedLines.forEach((rowIndex, parsedIndex) => rows[rowIndex]!.errors.push(...(duplicateErrors[parsedIndex] ?? [])));

  const errorCount = rows.filter((row) => row.errors.length > 0).length;
  return { check: { ok: true, kind: input.kind, columns: csv.header, rows, errorCount }, parsed };
}

const CHUNK = 1000;
const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

type References = { countries: { code: string; column: string }[]; sources: string[]; initiative: string | null; document: string | null };

const CODE = /^[A-Z]{2}$/;
const ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * What a row names in other tables, read from its cells, so a row the schema refused for
 * another reason is checked too and each problem points at the column it was typed in.
 * Malformed codes and ids are left to the schema's own messages.
 */
function referencesOf(kind: ImportKind, cells: Record<string, string>): References {
  const code = (value: string | undefined, column: string) => {
    const normalised = (value ?? "").trim().toUpperCase();
    return CODE.test(normalised) ? [{ code: normalised, column }] : [];
  };
  const id = (value: string | undefined) => {
    const trimmed = (value ?? "").trim();
    return ID.test(trimmed) ? trimmed : null;
  };
  const sources = (cells.source_ids ?? "").split("|").map((s) => s.trim()).filter((s) => ID.test(s));
  if (kind === "tradeFigures") return { countries: [...code(cells.country_a, "country_a"), ...code(cells.country_b, "country_b")], sources, initiative: null, document: null };
  return {
    countries: [...parsePartners(cells.partners ?? "").flatMap((p) => code(p.countryCode, "partners")), ...code(cells.country, "country")],
    sources,
    initiative: id(cells.initiative_id),
    document: id(cells.agreement_document_id),
  };
}

/** Countries, sources and linked records the rows name, looked up with one query per kind and chunk. */
async function checkReferences(db: PrismaClient, rows: References[]): Promise<RowError[][]> {
  const found = async (ids: Set<string>, lookup: (chunk: string[]) => Promise<{ id: string }[]>) => {
    const result = new Set<string>();
    for (const chunk of chunks([...ids])) (await lookup(chunk)).forEach((row) => result.add(row.id));
    return result;
  };
  const all = <T>(pick: (r: References) => T[]) => new Set(rows.flatMap(pick));
  const countryCodes = [...all((r) => r.countries.map((c) => c.code))];
  const countries = new Set((await db.country.findMany({ where: { code: { in: countryCodes } }, select: { code: true } })).map((c) => c.code));
  const sources = await found(all((r) => r.sources), (ids) => db.source.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } }));
  const initiatives = await found(all((r) => (r.initiative ? [r.initiative] : [])), (ids) => db.initiative.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } }));
  const documents = await found(all((r) => (r.document ? [r.document] : [])), (ids) => db.eventDocument.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } }));

  return rows.map((row) => [
    ...row.countries.filter((c) => !countries.has(c.code)).map((c) => ({ column: c.column, key: "import.unknownCountry", values: { code: c.code } })),
    ...row.sources.filter((id) => !sources.has(id)).map((id) => ({ column: "source_ids", key: "import.unknownSource", values: { id } })),
    ...(row.initiative && !initiatives.has(row.initiative) ? [{ column: "initiative_id", key: "validation.unknownRecord" }] : []),
    ...(row.document && !documents.has(row.document) ? [{ column: "agreement_document_id", key: "validation.unknownRecord" }] : []),
  ]);
}

const ventureKey = (v: { nameRu: string; nameEn: string; partners: { countryCode: string | null }[] }) => {
  const countries = [...new Set(v.partners.map((p) => p.countryCode ?? "—"))].sort().join(",");
  return [`${v.nameRu.toLowerCase()}|${countries}`, `${v.nameEn.toLowerCase()}|${countries}`];
};

/** The form's "likely duplicate" rule, across the file (a later row repeating an earlier one) and against live records. */
async function checkDuplicates(db: PrismaClient, parsed: Parsed[], lines: number[]): Promise<RowError[][]> {
  const keysOf = (row: Parsed) => (row.kind === "tradeFigures" ? [tradeFigureKey(row.data)] : ventureKey(row.data));
  const firstLine = new Map<string, number>();
  const errors: RowError[][] = parsed.map(() => []);
  const column = (row: Parsed) => (row.kind === "tradeFigures" ? "period_start" : "name_ru");
  parsed.forEach((row, index) => {
    const keys = keysOf(row);
    const earlier = keys.map((key) => firstLine.get(key)).find((line) => line !== undefined);
    if (earlier !== undefined) errors[index]!.push({ column: column(row), key: "import.duplicateInFile", values: { line: earlier } });
    else keys.forEach((key) => firstLine.set(key, lines[index]!));
  });

  const existing = new Set<string>();
  const figures = parsed.flatMap((row) => (row.kind === "tradeFigures" ? [row.data] : []));
  for (const chunk of chunks(figures)) {
    const rows = await db.tradeFigure.findMany({
      where: { deletedAt: null, OR: chunk.map((f) => ({ scope: f.scope, countryACode: f.countryACode, countryBCode: f.countryBCode, periodStart: f.periodStart, periodEnd: f.periodEnd })) },
      select: { scope: true, countryACode: true, countryBCode: true, periodStart: true, periodEnd: true },
    });
    rows.forEach((f) => existing.add(tradeFigureKey(f)));
  }
  const ventures = parsed.flatMap((row) => (row.kind === "ventures" ? [row.data] : []));
  for (const chunk of chunks(ventures)) {
    const names = chunk.flatMap((v) => [v.nameRu, v.nameEn]);
    const rows = await db.jointVenture.findMany({
      where: { deletedAt: null, OR: [{ nameRu: { in: names, mode: "insensitive" } }, { nameEn: { in: names, mode: "insensitive" } }] },
      select: { nameRu: true, nameEn: true, partners: { select: { countryCode: true } } },
    });
    rows.forEach((v) => ventureKey(v).forEach((key) => existing.add(key)));
  }
  parsed.forEach((row, index) => {
    if (keysOf(row).some((key) => existing.has(key))) errors[index]!.push({ column: column(row), key: "import.duplicateInDatabase" });
  });
  return errors;
}
