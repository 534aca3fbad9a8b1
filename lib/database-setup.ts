import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import type { PrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "@/lib/seed";

const require = createRequire(import.meta.url);

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
