import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase, createEmptyDatabase, type FreshDatabase } from "@/tests/support/fresh-database";
import { tableChecksums } from "@/tests/support/table-checksums";
import { createActor } from "@/tests/factories/actors";
import { ventureFormInput } from "@/tests/factories/ventures";
import { createPrismaClient } from "@/lib/prisma-client";
import { createVenture } from "@/lib/records/ventures";
import { backupEmbeddedDatabase, restoreEmbeddedDatabase } from "@/lib/backup";
import { applyMigrations } from "@/lib/database-setup";
import { startEmbeddedDatabase } from "@/lib/embedded-db";
import { seedDatabase } from "@/lib/seed";
import { anyFreePort } from "@/tests/support/free-port";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

// The scripts themselves, as an operator runs them: npm run db:backup / db:restore.
function script(name: "backup" | "restore", args: string[], url: string) {
  return run(tsx, [`scripts/${name}.ts`, ...args], { env: { ...process.env, DATABASE_URL: url } });
}

describe.skipIf(!process.env.DATABASE_URL)("backup and restore (pg_dump / pg_restore)", () => {
  let source: FreshDatabase;
  let target: FreshDatabase;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "camon-backup-"));
    source = await createFreshDatabase();
    target = await createEmptyDatabase();
    // Accounts and the audit log are empty after the seed; give them rows to carry over.
    const db = createPrismaClient(source.url);
    const editor = await createActor(db, "EDITOR");
    expect((await createVenture(db, editor, ventureFormInput())).ok).toBe(true);
    await db.$disconnect();
  });
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("round-trips every table of the seeded database: equal row counts and checksums", async () => {
    const file = path.join(dir, "monitor.dump");
    await script("backup", ["--out", file], source.url);
    expect(statSync(file).size).toBeGreaterThan(0);

    const started = Date.now();
    await script("restore", ["--in", file], target.url);
    console.log(`restore took ${Date.now() - started} ms`);

    const before = await tableChecksums(source.url);
    const after = await tableChecksums(target.url);
    console.log(before.map((t) => `${t.table}: ${t.rows}`).join(", "));
    expect(before.length).toBeGreaterThan(10);
    expect(before.some((t) => t.table === "_prisma_migrations")).toBe(true);
    // The seed holds the sources' facts and no staff work: nobody has signed in (no sessions,
    // throttle counters, reset links or recovery codes), confirmed a venture, imported
    // statistics or saved an import layout. Every other table has rows to round-trip.
    expect(before.filter((t) => t.rows === 0).map((t) => t.table)).toEqual([
      "ImportLayout",
      "PasswordReset",
      "RecoveryCode",
      "Session",
      "SignInThrottle",
      "TradeFigureRevision",
      "TradeImport",
      "VentureConfirmation",
    ]);
    expect(after).toEqual(before);
    // What pg_dump leaves out: the search operators' planner costs (migration search_indexes).
    expect(await operatorCosts(target.url)).toEqual(await operatorCosts(source.url));
    expect(await operatorCosts(target.url)).toEqual([100, 100]);
  });

  it("refuses to restore over a database that holds data, unless --force", async () => {
    const file = path.join(dir, "again.dump");
    await script("backup", ["--out", file], source.url);
    const refused = await script("restore", ["--in", file], source.url).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toMatch(/already holds \d+ tables.*--force/);

    await script("restore", ["--in", file, "--force"], target.url);
    expect(await tableChecksums(target.url)).toEqual(await tableChecksums(source.url));
  });
});

describe("backup and restore of the embedded database (PGlite's dump)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "camon-pglite-backup-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Opens the folder as `npm start` would, reads every table's checksum, and closes it.
  async function checksumsOf(dataDir: string) {
    const db = await startEmbeddedDatabase({ dataDir, port: await anyFreePort() });
    try {
      return await tableChecksums(db.url);
    } finally {
      await db.stop();
    }
  }

  it("round-trips every table of a seeded .data/pglite folder", async () => {
    const original = path.join(dir, "original");
    const embedded = await startEmbeddedDatabase({ dataDir: original, port: await anyFreePort() });
    try {
      await applyMigrations(embedded.url, { quiet: true });
      const db = createPrismaClient(embedded.url);
      await seedDatabase(db);
      await db.$disconnect();
    } finally {
      await embedded.stop();
    }

    const file = path.join(dir, "monitor.pglite.tar.gz");
    await backupEmbeddedDatabase(original, file);
    const restored = path.join(dir, "restored");
    await restoreEmbeddedDatabase(restored, file);
    await expect(restoreEmbeddedDatabase(restored, file)).rejects.toThrow(/already holds a database.*--force/);

    const before = await checksumsOf(original);
    expect(before.find((t) => t.table === "Citation")?.rows).toBeGreaterThan(50);
    expect(await checksumsOf(restored)).toEqual(before);
  });
});

async function operatorCosts(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ procost: number }>(
      `SELECT procost FROM pg_proc WHERE proname IN ('word_similarity_op', 'word_similarity_commutator_op') ORDER BY proname`,
    );
    return rows.map((r) => Number(r.procost));
  } finally {
    await client.end();
  }
}
