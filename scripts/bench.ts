// `npm run bench`: requests per second and p50/p95 latency of the public pages under
// `next start`, beside a trivial static route (/robots.txt) measured in the same run, so
// the ratio says what rendering costs on this machine. It serves the production build on
// a fresh, seeded database (DATABASE_URL's server, or embedded PGlite without one) on
// 127.0.0.1 only, and stops by itself: each path runs for BENCH_SECONDS (default 10).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import autocannon from "autocannon";
import { createFreshDatabase } from "@/tests/support/fresh-database";

const require = createRequire(import.meta.url);
const nextCli = require.resolve("next/dist/bin/next");
const port = Number(process.env.BENCH_PORT ?? 3300);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const base = `http://127.0.0.1:${port}`;

const STATIC_ROUTE = "/robots.txt";
const PAGES = [
  "/en",
  "/ru",
  "/en/trade",
  "/en/trade?series=BILATERAL-KZ-UZ&view=table",
  "/en/targets",
  "/en/targets/tgt-ca-20bn",
  "/embed/trade?lang=en",
  "/en/summits",
  "/en/summits/consultative-meeting-7",
  "/en/initiatives",
  "/en/search?q=water",
];

type Result = { path: string; rps: number; p50: number; p95: number; errors: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(path: string): Promise<Result> {
  // Warm up: the first request fills the data cache and compiles nothing at runtime.
  for (let i = 0; i < 3; i++) await fetch(base + path).then((r) => r.arrayBuffer());
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: base + path, connections, duration: seconds }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return { path, rps: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), errors: result.errors + result.non2xx };
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not come up");
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const database = await createFreshDatabase();
  const server = spawn(process.execPath, [nextCli, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  try {
    await waitForServer();
    const staticResult = await measure(STATIC_ROUTE);
    const results = [staticResult];
    for (const path of PAGES) results.push(await measure(path));
    console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
      `${database.embedded ? "embedded PGlite" : "PostgreSQL"}; ${connections} connections, ${seconds} s per path\n`);
    console.log("| path | req/s | p50 ms | p95 ms | req/s ÷ static | errors |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const r of results) {
      console.log(`| ${r.path} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${(r.rps / staticResult.rps).toFixed(2)} | ${r.errors} |`);
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
