import type { PrismaClient } from "@/lib/prisma-client";
import { AuthorizationError, assertAllowed, type Actor } from "@/lib/auth/permissions";
import { fieldErrorsOf, RECORD_ID, type FieldError } from "@/lib/validation/fields";
import type { NewSource } from "@/lib/validation/citations";
import type { TradeFigureInput } from "@/lib/validation/trade-figure-input";
import type { VentureInput } from "@/lib/validation/venture-input";
import { parseCsv } from "@/lib/import/csv-parse";
import { COLUMNS, IMPORT_ENTITY, REQUIRED_COLUMNS, SCHEMAS, columnOf, parsePartners, rowToInput, type ImportKind } from "@/lib/import/kinds";
import { insertTradeFigures, tradeFigureKey, type TradeFigureKey } from "@/lib/records/trade-figures";
import { insertVentures } from "@/lib/records/ventures";
import { acquireWriteLock, insertRecords, type Tx } from "@/lib/records/mutation";
import { inChunks, insertRows, newId } from "@/lib/records/bulk-insert";
import { isoDay } from "@/lib/format";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
// All rows are written in one transaction of bulk statements: seconds for 20,000 rows.
const TRANSACTION_TIMEOUT_MS = 5 * 60_000;

export type RowError = FieldError & { column: string };
/** `read`: the amounts as the import read them, by column ("1,200,000,000" → "1200000000"), so the dry run shows how. */
export type CheckedRow = { line: number; cells: Record<string, string>; errors: RowError[]; read?: Record<string, string> };

const AMOUNT_FIELDS = ["valueUsd", "investmentUsd"] as const;

type Parsed = { kind: "tradeFigures"; data: TradeFigureInput } | { kind: "ventures"; data: VentureInput };

export type FileProblem =
  | { error: "unauthenticated" | "forbidden" | "empty" | "noRows" | "unavailable" | "busy" | "unknownEncoding" | "crossSite" }
  | { error: "tooLarge"; maxMb: number }
  | { error: "tooManyRows"; max: number; rows: number }
  | { error: "unterminatedQuote"; line: number }
  | { error: "missingColumns"; columns: string }
  | { error: "unknownColumns"; columns: string };

export type ImportCheck = { ok: true; kind: ImportKind; columns: string[]; rows: CheckedRow[]; errorCount: number } | ({ ok: false } & FileProblem);

export type ImportResult =
  { ok: true; imported: number; ids: string[] } | ({ ok: false } & FileProblem) | { ok: false; error: "rowsInvalid"; check: ImportCheck };

/**
 * The dry run: parses the file and checks every row with the entry form's schema, then
 * against the database (countries, sources and linked records exist; no likely duplicate
 * within the file or among live records). Writes nothing.
 */
export async function checkImport(db: PrismaClient, actor: Actor | null, input: { kind: ImportKind; text: string }): Promise<ImportCheck> {
  const read = readFile(actor, input);
  return read.ok ? checkAgainstDatabase(db, read) : read;
}

/**
 * Imports every row of a file that passes the dry run, all in one transaction of bulk
 * statements: either every row is written, each with its audit entry exactly as the form
 * would write it, or none is. One import of a kind runs at a time (the kind's write lock,
 * which form saves take too), and the rows are checked against the database under that
 * lock, so what others saved since the dry run counts. `onProgress` hears after each chunk
 * of rows (rows written so far are not visible to anyone until the transaction commits).
 */
export async function runImport(
  db: PrismaClient,
  actor: Actor | null,
  input: { kind: ImportKind; text: string },
  onProgress?: (done: number, total: number) => void | Promise<void>,
): Promise<ImportResult> {
  const read = readFile(actor, input);
  if (!read.ok) return read;
  if (read.errorCount > 0)
    return { ok: false, error: "rowsInvalid", check: { ok: true, kind: read.kind, columns: read.columns, rows: read.rows, errorCount: read.errorCount } };
  const allowed = actor!;
  const entity = IMPORT_ENTITY[input.kind];
  return db.$transaction(
    async (tx): Promise<ImportResult> => {
      // Not waiting in line: a waiting import would hold a pooled connection that visitors need.
      if (!(await acquireWriteLock(tx, entity))) return { ok: false, error: "busy" };
      const check = await checkAgainstDatabase(tx, read, { lockSources: true });
      if (check.errorCount > 0) return { ok: false, error: "rowsInvalid", check };
      const rows = await withSharedSources(
        tx,
        allowed,
        read.parsed.map((row) => row.data),
      );
      const ids: string[] = [];
      await inChunks(rows, async (chunk) => {
        ids.push(
          ...(input.kind === "tradeFigures"
            ? await insertTradeFigures(tx, allowed, chunk as TradeFigureInput[])
            : await insertVentures(tx, allowed, chunk as VentureInput[])),
        );
        await onProgress?.(ids.length, rows.length);
      });
      return { ok: true, imported: ids.length, ids };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

/**
 * The new sources typed into the rows, created once each (same address, or same title
 * without one) with their audit entries, or one already in the bibliography with that
 * address; each row then cites its source by id.
 */
async function withSharedSources(tx: Tx, actor: Actor, rows: Parsed["data"][]): Promise<Parsed["data"][]> {
  const keyOf = (source: NewSource) => (source.url ? `url:${source.url}` : `title:${source.title.toLowerCase()}`);
  const wanted = new Map<string, NewSource>();
  for (const row of rows) if (row.newSource) wanted.set(keyOf(row.newSource), row.newSource);
  if (wanted.size === 0) return rows;
  const urls = [...wanted.values()].flatMap((s) => (s.url ? [s.url] : []));
  const existing = new Map<string, string>();
  await inChunks(urls, async (chunk) => {
    for (const s of await tx.source.findMany({
      where: { url: { in: chunk }, deletedAt: null },
      select: { id: true, url: true },
      orderBy: { createdAt: "asc" },
    })) {
      if (!existing.has(`url:${s.url}`)) existing.set(`url:${s.url}`, s.id);
    }
  });
  const toCreate = [...wanted].filter(([key]) => !existing.has(key));
  const created = await insertRecords(tx, actor, "source", async (inner) => {
    const updatedAt = new Date();
    const sources = toCreate.map(([, { title, publisher, publishedOn, publishedPrecision, url, language }]) => ({
      id: newId(),
      titleRu: title,
      titleEn: title,
      publisher,
      publishedOn,
      publishedPrecision,
      url,
      language,
      updatedAt,
    }));
    await insertRows(inner, "Source", sources);
    return sources.map((source) => source.id);
  });
  toCreate.forEach(([key], index) => existing.set(key, created[index]!));
  return rows.map((row) =>
    row.newSource
      ? { ...row, newSource: undefined, citations: [...row.citations, { id: null, sourceId: existing.get(keyOf(row.newSource))!, quote: null, quoteEn: null }] }
      : row,
  );
}

/** A file read and its rows checked by the form's schema; `parsed[i]` is the row `rows[lines[i]]`. */
type ReadFile = Extract<ImportCheck, { ok: true }> & { parsed: Parsed[]; lines: number[] };

/** The file's rows through the entry form's schema, without the database. */
function readFile(actor: Actor | null, input: { kind: ImportKind; text: string }): ReadFile | ({ ok: false } & FileProblem) {
  const refuse = (problem: FileProblem) => ({ ok: false as const, ...problem });
  try {
    assertAllowed(actor, "import:run");
  } catch (error) {
    if (error instanceof AuthorizationError) return refuse({ error: error.reason === "unauthenticated" ? error.reason : "forbidden" });
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
    let read: Record<string, string> | undefined;
    if (result.success) {
      parsed.push({ kind: input.kind, data: result.data } as Parsed);
      parsedLines.push(rows.length);
      const data = result.data as Partial<Record<(typeof AMOUNT_FIELDS)[number], string | null>>;
      read = Object.fromEntries(AMOUNT_FIELDS.flatMap((field) => (data[field] ? [[columnOf(field), data[field]]] : [])));
    } else {
      for (const [path, error] of Object.entries(fieldErrorsOf(result.error))) {
        // In a file there is no list to choose from: say what to write instead.
        errors.push({ column: columnOf(path), ...(error.key === "validation.countryCode" ? { key: "import.countryCodeFormat" } : error) });
      }
    }
    rows.push({ line, cells: record, errors, read });
  }

  const errorCount = rows.filter((row) => row.errors.length > 0).length;
  return { ok: true, kind: input.kind, columns: csv.header, rows, errorCount, parsed, lines: parsedLines };
}

/**
 * The rows against the database: countries, sources and linked records exist, no likely
 * duplicate within the file or among live records. The dry run asks outside any
 * transaction; the import asks under its write lock, holding the cited sources.
 */
async function checkAgainstDatabase(
  db: PrismaClient | Tx,
  read: ReadFile,
  options: { lockSources?: boolean } = {},
): Promise<Extract<ImportCheck, { ok: true }>> {
  const referenceErrors = await checkReferences(
    db,
    read.rows.map((row) => referencesOf(read.kind, row.cells)),
    options,
  );
  const duplicateErrors = await checkDuplicates(
    db,
    read.parsed,
    read.lines.map((rowIndex) => read.rows[rowIndex]!.line),
  );
  const rows = read.rows.map((row, index) => ({ ...row, errors: [...row.errors, ...referenceErrors[index]!] }));
  read.lines.forEach((rowIndex, parsedIndex) => rows[rowIndex]!.errors.push(...(duplicateErrors[parsedIndex] ?? [])));
  return { ok: true, kind: read.kind, columns: read.columns, rows, errorCount: rows.filter((row) => row.errors.length > 0).length };
}

type References = { countries: { code: string; column: string }[]; sources: string[]; initiative: string | null; document: string | null };

const CODE = /^[A-Z]{2}$/;

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
    return RECORD_ID.test(trimmed) ? trimmed : null;
  };
  const sources = (cells.source_ids ?? "")
    .split("|")
    .map((s) => s.trim())
    .filter((s) => RECORD_ID.test(s));
  if (kind === "tradeFigures")
    return { countries: [...code(cells.country_a, "country_a"), ...code(cells.country_b, "country_b")], sources, initiative: null, document: null };
  return {
    countries: [...parsePartners(cells.partners ?? "").flatMap((p) => code(p.countryCode, "partners")), ...code(cells.country, "country")],
    sources,
    initiative: id(cells.initiative_id),
    document: id(cells.agreement_document_id),
  };
}

/**
 * Countries, sources and linked records the rows name, looked up with one query per kind and
 * chunk. `lockSources` (inside the import's transaction) holds the cited sources' rows, so
 * none can be deleted before the citations are written.
 */
async function checkReferences(db: PrismaClient | Tx, rows: References[], options: { lockSources?: boolean } = {}): Promise<RowError[][]> {
  const found = async (ids: Set<string>, lookup: (chunk: string[]) => Promise<{ id: string }[]>) => {
    const result = new Set<string>();
    await inChunks([...ids], async (chunk) => (await lookup(chunk)).forEach((row) => result.add(row.id)));
    return result;
  };
  const all = <T>(pick: (r: References) => T[]) => new Set(rows.flatMap(pick));
  const countryCodes = [...all((r) => r.countries.map((c) => c.code))];
  const countries = new Set((await db.country.findMany({ where: { code: { in: countryCodes } }, select: { code: true } })).map((c) => c.code));
  const sources = await found(
    all((r) => r.sources),
    (ids) =>
      options.lockSources
        ? db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Source" WHERE "id" = ANY(${ids}) AND "deletedAt" IS NULL FOR SHARE`
        : db.source.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } }),
  );
  const initiatives = await found(
    all((r) => (r.initiative ? [r.initiative] : [])),
    (ids) => db.initiative.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } }),
  );
  const documents = await found(
    all((r) => (r.document ? [r.document] : [])),
    (ids) => db.eventDocument.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } }),
  );

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
async function checkDuplicates(db: PrismaClient | Tx, parsed: Parsed[], lines: number[]): Promise<RowError[][]> {
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
  // The file's keys joined to the live figures in one statement per chunk (an OR of a thousand
  // conditions took five seconds for 20,000 rows).
  await inChunks(figures, async (chunk) => {
    const rows = await db.$queryRaw<TradeFigureKey[]>`
      SELECT f."scope"::text AS "scope", f."countryACode", f."countryBCode", f."periodStart", f."periodEnd"
      FROM "TradeFigure" f
      JOIN unnest(${chunk.map((f) => f.scope)}::text[], ${chunk.map((f) => f.countryACode ?? "")}::text[], ${chunk.map((f) => f.countryBCode ?? "")}::text[],
                  ${chunk.map((f) => isoDay(f.periodStart))}::date[], ${chunk.map((f) => isoDay(f.periodEnd))}::date[]) AS k("scope", "a", "b", "start", "end")
        ON f."scope"::text = k."scope" AND COALESCE(f."countryACode", '') = k."a" AND COALESCE(f."countryBCode", '') = k."b"
       AND f."periodStart" = k."start" AND f."periodEnd" = k."end"
      WHERE f."deletedAt" IS NULL`;
    rows.forEach((f) => existing.add(tradeFigureKey(f)));
  });
  const ventures = parsed.flatMap((row) => (row.kind === "ventures" ? [row.data] : []));
  await inChunks(ventures, async (chunk) => {
    const names = chunk.flatMap((v) => [v.nameRu, v.nameEn]);
    const rows = await db.jointVenture.findMany({
      where: { deletedAt: null, OR: [{ nameRu: { in: names, mode: "insensitive" } }, { nameEn: { in: names, mode: "insensitive" } }] },
      select: { nameRu: true, nameEn: true, partners: { select: { countryCode: true } } },
    });
    rows.forEach((v) => ventureKey(v).forEach((key) => existing.add(key)));
  });
  parsed.forEach((row, index) => {
    if (keysOf(row).some((key) => existing.has(key))) errors[index]!.push({ column: column(row), key: "import.duplicateInDatabase" });
  });
  return errors;
}
