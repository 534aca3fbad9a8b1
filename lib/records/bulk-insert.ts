import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Rows per statement: each column travels as one array parameter, so this bounds memory, not parameters. */
export const BULK_CHUNK = 1000;

/** `items` in chunks of BULK_CHUNK, each handed to `write` in turn. */
export async function inChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += BULK_CHUNK) await write(items.slice(start, start + BULK_CHUNK));
}

let counter = 0;

/**
 * A new record id shaped like Prisma's cuid() (a "c", the time, a counter, randomness), so
 * rows written in bulk sort in the order they were made, as rows Prisma creates do: a
 * record's citations are listed in id order.
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  return `c${Date.now().toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${BigInt(`0x${randomBytes(8).toString("hex")}`)
    .toString(36)
    .padStart(13, "0")
    .slice(0, 12)}`;
}

// The SQL type of each column of a table, read once per process from the catalogue.
const columnTypes = new Map<string, Promise<Map<string, string>>>();

function typesOf(tx: Tx, table: string): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    types = tx.$queryRaw<{ column: string; type: string }[]>`
      SELECT a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type"
      FROM pg_attribute a WHERE a.attrelid = ${`"${table}"`}::regclass AND a.attnum > 0 AND NOT a.attisdropped`.then(
      (rows) => new Map(rows.map((row) => [row.column, row.type])),
    );
    columnTypes.set(table, types);
    types.catch(() => columnTypes.delete(table));
  }
  return types;
}

// Dates as ISO text (UTC, as Prisma writes them), Decimals as their digits, JSON as text.
function asParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object" && "toFixed" in value) return String(value);
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return JSON.stringify(value);
  return value ?? null;
}

/**
 * Inserts rows (objects keyed by column name; all rows have the same keys) into `table`
 * with one INSERT … SELECT FROM unnest(…) per chunk, each column one array parameter cast
 * to the column's type. Measured here: 1,000 trade figures in 0.07 s, where Prisma's
 * createMany, a parameter per cell, took 0.5 s. Table triggers run as for any insert.
 */
export async function insertRows(tx: Tx, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const types = await typesOf(tx, table);
  const columns = Object.keys(rows[0]!);
  const casts = columns.map((column, index) => {
    const type = types.get(column);
    if (!type) throw new Error(`${table} has no column ${column}`);
    return `$${index + 1}::${type}[]`;
  });
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${casts.join(", ")})`;
  await inChunks(rows, (chunk) => tx.$executeRawUnsafe(sql, ...columns.map((column) => chunk.map((row) => asParameter(row[column])))));
}
