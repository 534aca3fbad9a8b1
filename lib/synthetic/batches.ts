import type pg from "pg";

// The frame every synthetic inserter shares: rows generated batch by batch, one transaction
// for the lot, progress after each batch. Each inserter states only its rows and its INSERTs.

export type Client = Pick<pg.Client, "query">;

/** What a caller of an inserter chooses: how many rows, from which seed, and where progress goes. */
export type InsertOptions = { count: number; seed?: number; batchSize?: number; onProgress?: (done: number) => void };

/** Runs `work` in one transaction on the client: COMMIT when it resolves, ROLLBACK when it throws. */
export async function inTransaction<T>(client: Client, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/**
 * Generates rows 0…count−1 with `make`, `batchSize` at a time, and hands each batch to `insert`,
 * all in one transaction; `withoutTriggers` turns the table triggers off for it (the inserter
 * then writes their derived columns itself; needs a superuser, as on a local test server).
 * Returns the number of rows.
 */
export async function insertInBatches<Row>(
  client: Client,
  options: InsertOptions & { batchSize: number; withoutTriggers?: boolean },
  make: (index: number) => Row,
  insert: (rows: Row[]) => Promise<unknown>,
): Promise<number> {
  return inTransaction(client, async () => {
    // GIN indexes (search, registry) queue new entries and merge them when the queue is full;
    // one large merge by the VACUUM after the fill is cheaper than many small ones.
    await client.query("SET LOCAL gin_pending_list_limit = '1GB'");
    if (options.withoutTriggers) await client.query("SET LOCAL session_replication_role = replica");
    for (let start = 0; start < options.count; start += options.batchSize) {
      const rows = Array.from({ length: Math.min(options.batchSize, options.count - start) }, (_, i) => make(start + i));
      await insert(rows);
      options.onProgress?.(start + rows.length);
    }
    return options.count;
  });
}

/** One field of every row, as the array an `unnest($n::text[])` parameter takes. */
export function columnOf<Row>(rows: readonly Row[]): <K extends keyof Row>(key: K) => Row[K][] {
  return (key) => rows.map((row) => row[key]);
}
