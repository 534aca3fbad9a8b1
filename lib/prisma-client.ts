import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/database-url";

/**
 * The one way to build a Prisma client: the app (lib/db.ts), scripts and tests all
 * go through the node-postgres adapter, whether the server is PostgreSQL or PGlite. Give it
 * a pool from createPool to read the pool's use (the server's metrics do); the client ends
 * the pool when it disconnects.
 */
export function createPrismaClient(source: string | pg.Pool = databaseUrl()): PrismaClient {
  const pool = typeof source === "string" ? createPool(source) : source;
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

/** The node-postgres pool a client's queries go through. */
export function createPool(url: string = databaseUrl()): pg.Pool {
  return new pg.Pool({ connectionString: url, max: POOL_SIZE });
}

/** The embedded PGlite server accepts at least this many connections. */
export const POOL_SIZE = 8;

export type { PrismaClient };
