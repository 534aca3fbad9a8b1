import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/lib/database-setup";
import { startEmbeddedDatabase } from "@/lib/embedded-db";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "@/lib/seed";
import { anyFreePort } from "@/tests/support/free-port";

export type FreshDatabase = { url: string; embedded: boolean; drop: () => Promise<void> };

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/**
 * A new, migrated and seeded database for one test run, so runs never collide: a
 * database of its own on the server in DATABASE_URL (which must be local), or an
 * in-memory embedded PGlite when DATABASE_URL is unset.
 */
export async function createFreshDatabase(): Promise<FreshDatabase> {
  const fresh = process.env.DATABASE_URL ? await createServerDatabase(process.env.DATABASE_URL) : await createEmbeddedDatabase();
  try {
    await applyMigrations(fresh.url, { quiet: true });
    const prisma = createPrismaClient(fresh.url);
    await seedDatabase(prisma);
    await prisma.$disconnect();
    return fresh;
  } catch (error) {
    await fresh.drop();
    throw error;
  }
}

/** An empty database (no tables) on the local server in DATABASE_URL: a restore's target. */
export async function createEmptyDatabase(): Promise<FreshDatabase> {
  if (!process.env.DATABASE_URL) throw new Error("createEmptyDatabase needs DATABASE_URL (a local PostgreSQL server).");
  return createServerDatabase(process.env.DATABASE_URL);
}

async function createServerDatabase(serverUrl: string): Promise<FreshDatabase> {
  const admin = new URL(serverUrl);
  if (!LOCAL_HOSTS.has(admin.hostname)) {
    throw new Error(`Tests refuse to run against a non-local database (${admin.hostname}); point DATABASE_URL at 127.0.0.1.`);
  }
  const name = `camon_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    async drop() {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

async function createEmbeddedDatabase(): Promise<FreshDatabase> {
  const db = await startEmbeddedDatabase({ port: await anyFreePort() });
  return { url: db.url, embedded: true, drop: db.stop };
}
