// `npm start`: serves the portal on PORT (3000). With no DATABASE_URL it starts the
// embedded PGlite under .data/, migrates, seeds on first run and builds if needed.
// `npm run dev` does the same with `next dev`. `npm run demo` (--demo) serves it on its own
// embedded database under .data/demo, whatever DATABASE_URL says, filled on first run with
// generated sample statistics, and every page says so. The server itself is scripts/serve.ts.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { applyMigrations, seedIfEmpty } from "@/lib/database-setup";
import { EMBEDDED_DB_PORT, describeDatabaseUrl } from "@/lib/database-url";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/embedded-db";
import { createPrismaClient } from "@/lib/prisma-client";
import { serveCommand } from "@/lib/serve-command";
import { hasProductionBuild } from "@/lib/server-build";
import { resolveSiteUrl } from "@/lib/site-url";

const require = createRequire(import.meta.url);
const dev = process.argv.includes("--dev");
const demo = process.argv.includes("--demo");
const port = process.env.PORT ?? "3000";
const nextCli = require.resolve("next/dist/bin/next");
const tsxCli = require.resolve("tsx/cli");

async function main() {
  let embedded: EmbeddedDatabase | null = null;
  let url = demo ? undefined : process.env.DATABASE_URL;
  if (url) {
    console.log(`[db] PostgreSQL server ${describeDatabaseUrl(url)} (from DATABASE_URL)`);
  } else {
    // The demo's database is its own: never DATABASE_URL's, never the try-it one's files or port.
    const dataDir = path.resolve(demo ? ".data/demo" : ".data/pglite");
    const dbPort = demo ? EMBEDDED_DB_PORT + 1 : EMBEDDED_DB_PORT;
    if (demo && process.env.DATABASE_URL) console.log("[demo] DATABASE_URL is left alone: the demo runs on its own database.");
    mkdirSync(dataDir, { recursive: true });
    embedded = await startEmbeddedDatabase({ dataDir, port: dbPort });
    url = embedded.url;
    console.log(`[db] Embedded PGlite in ${dataDir}, served on 127.0.0.1:${dbPort}.`);
    console.log("[db] The embedded database is for trying the portal and for development, never for production: set DATABASE_URL.");
  }

  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  const seeded = await seedIfEmpty(prisma);
  await prisma.$disconnect();
  console.log(seeded ? "[db] Seeded the facts from the sources." : "[db] Data present; seed skipped.");
  if (demo) await run([tsxCli, "--conditions=react-server", "scripts/demo-data.ts"], { ...process.env, DATABASE_URL: url });

  // A deployment (production build on a real server) must bring its own AUTH_SECRET and say
  // where it is served (SITE_URL); development and the embedded try-it mode get a secret
  // generated under .data/ and http://localhost:$PORT. next-auth reads its base URL from
  // NEXTAUTH_URL, set here from SITE_URL so an operator sets one thing.
  const local = dev || embedded !== null;
  const authSecret = resolveAuthSecret(process.env, { allowGenerated: local });
  const site = resolveSiteUrl({ ...process.env, PORT: port }, { allowDefault: local });
  const env = {
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    DATABASE_URL: url,
    PORT: port,
    AUTH_SECRET: authSecret,
    SITE_URL: site,
    NEXTAUTH_URL: site,
    ...(demo && { SAMPLE_DATA: "1" }),
  };
  if (!dev && !hasProductionBuild()) {
    console.log("[next] No production build yet: building…");
    await run([nextCli, "build"], env);
    await run([tsxCli, "scripts/build-server.ts"], env);
  }
  const child = spawn(process.execPath, serveCommand({ dev }), { env, stdio: "inherit" });
  const stop = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => void stop(code ?? 0));
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
