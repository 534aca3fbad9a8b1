import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/database-url";
import { MigratePrismaPg } from "./lib/migrate-adapter";

// The schema's env("DATABASE_URL") must resolve even where none is set (postinstall's
// `prisma generate`, commands against the embedded database), or the CLI falls back to
// downloading a native query engine.
process.env.DATABASE_URL = databaseUrl();

// Binary-free Prisma: the CLI's schema engine runs as WASM over the same node-postgres
// adapter the application uses, so nothing is downloaded.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    return new MigratePrismaPg(databaseUrl());
  },
});
