import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/database-url";

/**
 * The one way to build a Prisma client: the app (lib/db.ts), scripts and tests all
 * go through the node-postgres adapter, whether the server is PostgreSQL or PGlite.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: POOL_SIZE });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

/** The embedded PGlite server accepts at least this many connections. */
export const POOL_SIZE = 8;

export type { PrismaClient };
