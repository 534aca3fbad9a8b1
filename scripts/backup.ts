// `npm run db:backup -- [--out file]`: pg_dump (custom format) of DATABASE_URL, or PGlite's
// dump of the embedded database in .data/pglite when DATABASE_URL is unset (stop `npm start` first).
import { parseArgs } from "node:util";
import { backupEmbeddedDatabase, backupServerDatabase, describeSize, EMBEDDED_DATA_DIR } from "@/lib/backup";
import { describeDatabaseUrl } from "@/lib/database-url";
import { refuseWhileEmbeddedPortalRuns } from "@/scripts/embedded-guard";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
const url = process.env.DATABASE_URL;
const out = values.out ?? `.data/backups/monitor-${stamp}.${url ? "dump" : "pglite.tar.gz"}`;

const started = Date.now();
try {
  if (url) {
    await backupServerDatabase(url, out);
    console.log(`Backed up ${describeDatabaseUrl(url)} to ${out} (${describeSize(out)}, ${Date.now() - started} ms).`);
  } else {
    await refuseWhileEmbeddedPortalRuns("back up");
    await backupEmbeddedDatabase(EMBEDDED_DATA_DIR, out);
    console.log(`Backed up the embedded database (${EMBEDDED_DATA_DIR}) to ${out} (${describeSize(out)}, ${Date.now() - started} ms).`);
  }
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? (error as Error & { stderr?: string }).stderr || error.message : error}`);
  process.exitCode = 1;
}
