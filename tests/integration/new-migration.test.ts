import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createMigration } from "@/scripts/new-migration";
import { pendingMigrations } from "@/lib/database-setup";
import { createPrismaClient } from "@/lib/prisma-client";

async function shadowDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'");
  await client.end();
  return rows.map((r) => r.datname);
}

// The shadow database needs a real server; the embedded PGlite holds a single database.
describe.skipIf(process.env.TEST_DATABASE_EMBEDDED === "1")("npm run db:new-migration", () => {
  it("writes the SQL for a schema change, then nothing once the migration covers it", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "camon-migration-"));
    const migrationsDir = path.join(work, "migrations");
    cpSync("prisma/migrations", migrationsDir, { recursive: true });
    const schemaPath = path.join(work, "schema.prisma");
    const schema = readFileSync("prisma/schema.prisma", "utf8").replace(/(\n\s*summaryEn\s+String\?)/, "$1\n  moderatorNote String?");
    writeFileSync(schemaPath, schema);
    const before = await shadowDatabases();

    const file = createMigration({ name: "add_moderator_note", migrationsDir, schemaPath, now: new Date("2030-01-02T03:04:05Z") });

    expect(file).toBe(path.join(migrationsDir, "20300102030405_add_moderator_note", "migration.sql"));
    expect(readFileSync(file!, "utf8")).toMatch(/ALTER TABLE "Event" ADD COLUMN\s+"moderatorNote" TEXT;/);
    expect(createMigration({ name: "again", migrationsDir, schemaPath })).toBeNull();
    expect(readdirSync(migrationsDir).filter((d) => d.endsWith("_again"))).toEqual([]);
    expect(await shadowDatabases()).toEqual(before);
  }, 120_000);

  it("refuses a name that is not snake_case", () => {
    expect(() => createMigration({ name: "Add Index!", migrationsDir: "prisma/migrations", schemaPath: "prisma/schema.prisma" })).toThrow(/snake_case/);
  });
});

describe("pending migrations", () => {
  it("are none on the tests' migrated database, and every one on a database without Prisma's table", async () => {
    const { prisma } = await import("@/lib/db");
    expect(await pendingMigrations(prisma)).toEqual([]);
    const work = mkdtempSync(path.join(tmpdir(), "camon-pending-"));
    cpSync("prisma/migrations", work, { recursive: true });
    mkdirSync(path.join(work, "20990101000000_future_change"));
    expect(await pendingMigrations(prisma, work)).toEqual(["20990101000000_future_change"]);
    const all = readdirSync("prisma/migrations", { withFileTypes: true }).filter((e) => e.isDirectory());
    const empty = createPrismaClient(`${process.env.DATABASE_URL}`.replace(/\/[^/?]*(\?|$)/, "/template1$1"));
    try {
      expect(await pendingMigrations(empty)).toHaveLength(all.length);
    } finally {
      await empty.$disconnect();
    }
  });
});
