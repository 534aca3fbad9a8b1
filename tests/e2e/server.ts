// Serves the production build for Playwright on a fresh, seeded database and drops
// that database when Playwright stops the server.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createFreshDatabase } from "@/tests/support/fresh-database";
import { E2E_AUTH_SECRET, E2E_DATABASE_FILE, E2E_METRICS_TOKEN, E2E_REVALIDATE_SECRET } from "@/tests/e2e/shared";
import { serveCommand } from "@/lib/serve-command";

const port = process.env.E2E_PORT ?? "3100";

const database = await createFreshDatabase();
// The cache test edits a figure directly, as psql would, and then expires its tag.
mkdirSync("test-results", { recursive: true });
writeFileSync(E2E_DATABASE_FILE, database.url);
// Playwright's requests come from 127.0.0.1, which stands for the reverse proxy in front (the
// specs name their client in X-Forwarded-For); a spec connecting from 127.0.0.2 is a client
// without one.
const next = spawn(process.execPath, serveCommand({ host: "127.0.0.1" }), {
  env: {
    ...process.env,
    PORT: port,
    SITE_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: database.url,
    REVALIDATE_SECRET: E2E_REVALIDATE_SECRET,
    AUTH_SECRET: E2E_AUTH_SECRET,
    METRICS_TOKEN: E2E_METRICS_TOKEN,
    // One access line per request would bury the test report; the fault tests read the log.
    LOG_LEVEL: "warn",
    TRUSTED_PROXIES: "127.0.0.1",
  },
  stdio: "inherit",
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  await database.drop().catch((error) => console.error("could not drop the e2e database", error));
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
next.on("exit", (code) => void stop(code ?? 1));
