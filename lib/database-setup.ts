import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { PrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "@/lib/seed";

const require = createRequire(import.meta.url);

/**
 * The migrations in prisma/migrations the database has not applied yet, read from Prisma's
 * own _prisma_migrations table (all of them when it has none): lets a script skip the CLI,
 * whose every run costs seconds, when there is nothing to apply.
 */
export async function pendingMigrations(db: PrismaClient, migrationsDir = path.join("prisma", "migrations")): Promise<string[]> {
  const known = readdirSync(migrationsDir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? [entry.name] : []));
  const applied = await db.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS "name" FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`.catch(() => []);
  const done = new Set(applied.map((row) => row.name));
  return known.filter((name) => !done.has(name)).sort();
}

/**
 * Applies pending migrations with the Prisma CLI (WASM schema engine, nothing downloaded).
 * Asynchronous on purpose: the embedded database may be served by this very process.
 */
export function applyMigrations(url: string, { quiet = false } = {}): Promise<void> {
  const cli = require.resolve("prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy exited with ${code}\n${output}`))));
  });
}

/** Seeds the facts from the sources when the database has none yet; returns whether it did. */
export async function seedIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.event.count()) > 0) return false;
  await seedDatabase(prisma);
  return true;
}
