// The database a command-line script writes to: DATABASE_URL, or with none the embedded
// database of `npm start`, through the running portal's socket if it is up, else by opening
// .data/pglite directly. Pending migrations are applied first, as `npm start` would.
import path from "node:path";
import { mkdirSync } from "node:fs";
import { EMBEDDED_DB_PORT, databaseUrl } from "@/lib/database-url";
import { applyMigrations, pendingMigrations } from "@/lib/database-setup";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/embedded-db";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";

export async function openScriptDatabase(): Promise<{ prisma: PrismaClient; close: () => Promise<void> }> {
  let embedded: EmbeddedDatabase | null = null;
  if (!process.env.DATABASE_URL && !(await reachable(databaseUrl()))) {
    const dataDir = path.resolve(".data/pglite");
    mkdirSync(dataDir, { recursive: true });
    embedded = await startEmbeddedDatabase({ dataDir, port: EMBEDDED_DB_PORT });
  }
  const prisma = createPrismaClient(databaseUrl());
  if ((await pendingMigrations(prisma)).length > 0) await applyMigrations(databaseUrl());
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await embedded?.stop();
    },
  };
}

async function reachable(url: string): Promise<boolean> {
  const probe = createPrismaClient(url);
  try {
    await probe.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.$disconnect();
  }
}
