// `npm run db:restore -- --in file [--force]`: pg_restore into DATABASE_URL, or PGlite's dump
// into .data/pglite when DATABASE_URL is unset. Refuses a database that already holds tables
// unless --force.
import { parseArgs } from "node:util";
import { DatabaseNotEmptyError, EMBEDDED_DATA_DIR, restoreEmbeddedDatabase, restoreServerDatabase } from "@/lib/backup";
import { describeDatabaseUrl } from "@/lib/database-url";
import { refuseWhileEmbeddedPortalRuns } from "@/scripts/embedded-guard";

const { values } = parseArgs({ options: { in: { type: "string" }, force: { type: "boolean", default: false } } });
if (!values.in) {
  console.error("Usage: npm run db:restore -- --in <backup file> [--force]");
  process.exit(1);
}

const url = process.env.DATABASE_URL;
const started = Date.now();
try {
  if (url) {
    await restoreServerDatabase(url, values.in, { force: values.force });
    console.log(`Restored ${values.in} into ${describeDatabaseUrl(url)} (${Date.now() - started} ms).`);
  } else {
    await refuseWhileEmbeddedPortalRuns("restore");
    const { movedAside } = await restoreEmbeddedDatabase(EMBEDDED_DATA_DIR, values.in, { force: values.force });
    if (movedAside) console.log(`The previous embedded database was moved to ${movedAside}.`);
    console.log(`Restored ${values.in} into the embedded database (${EMBEDDED_DATA_DIR}, ${Date.now() - started} ms).`);
  }
} catch (error) {
  const message =
    error instanceof DatabaseNotEmptyError
      ? error.message
      : error instanceof Error
        ? (error as Error & { stderr?: string }).stderr || error.message
        : String(error);
  console.error(`Restore failed: ${message}`);
  process.exitCode = 1;
}
