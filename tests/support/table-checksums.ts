import pg from "pg";

export type TableChecksum = { table: string; rows: number; md5: string };

/**
 * Every table of `public` with its row count and an md5 of all its rows as text in a
 * fixed order: two databases with equal lists hold the same data.
 */
export async function tableChecksums(url: string): Promise<TableChecksum[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const result: TableChecksum[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: string; md5: string | null }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
      );
      result.push({ table: name, rows: Number(rows[0]?.rows ?? 0), md5: rows[0]?.md5 ?? "" });
    }
    return result;
  } finally {
    await client.end();
  }
}
