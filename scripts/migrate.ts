// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database
// on its default port while `npm start` runs it).
import { applyMigrations } from "@/lib/database-setup";
import { databaseUrl } from "@/lib/database-url";

await applyMigrations(databaseUrl());
