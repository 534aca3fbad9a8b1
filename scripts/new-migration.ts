// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the database from the existing migrations to prisma/schema.prisma.
// Needs a PostgreSQL server in DATABASE_URL, where a throwaway shadow database is created
// and dropped (see lib/migrate-adapter.ts); the server's own databases are not touched.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

export function createMigration(options: { name: string; migrationsDir: string; schemaPath: string; now?: Date }): string | null {
  if (!/^[a-z0-9_]+$/.test(options.name)) throw new Error("Name the migration in snake_case: letters, digits and underscores.");
  const sql = execFileSync(
    process.execPath,
    [
      require.resolve("prisma/build/index.js"),
      "migrate",
      "diff",
      "--from-migrations",
      options.migrationsDir,
      "--to-schema-datamodel",
      options.schemaPath,
      "--script",
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (!/^\s*[A-Za-z]/m.test(sql)) return null; // only comments: "-- This is an empty migration."
  const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(options.migrationsDir, `${stamp}_${options.name}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "migration.sql");
  writeFileSync(file, sql);
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const name = process.argv[2];
  if (!name) {
    console.error("Usage: npm run db:new-migration -- <snake_case_name>");
    process.exit(2);
  }
  if (!process.env.DATABASE_URL) {
    console.error(
      "Set DATABASE_URL to a PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/postgres): the shadow database cannot live in the embedded PGlite.",
    );
    process.exit(2);
  }
  const file = createMigration({ name, migrationsDir: "prisma/migrations", schemaPath: "prisma/schema.prisma" });
  console.log(file ? `Wrote ${file}. Review it, then apply it with npm run db:migrate.` : "The schema matches the migrations: nothing to write.");
}
