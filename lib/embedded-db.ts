import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { POOL_SIZE } from "@/lib/prisma-client";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * PGlite (PostgreSQL compiled to WASM) served over the Postgres wire protocol, so the
 * app and the Prisma CLI reach it exactly as they reach a real server. For trying the
 * portal and for development only: it runs one query at a time.
 *
 * @param dataDir folder for the data files; omit for a throwaway in-memory database
 */
export async function startEmbeddedDatabase({ dataDir, port }: { dataDir?: string; port: number }): Promise<EmbeddedDatabase> {
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  // Room for the app's pool, the migration CLI and a seed client at once.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: POOL_SIZE * 3 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
