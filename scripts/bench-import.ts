// `npm run bench:import` (DATABASE_URL: a local PostgreSQL server): issue 17's import goal,
// 100,000 rows of official statistics in under a minute. Makes a fresh seeded database,
// writes a UN Comtrade-layout CSV of 100,000 generated rows (the six's trade with each other
// monthly and yearly 1995–2025, and with other countries, which the preset skips), and times
// the dry run, the import, the same file again (all unchanged) and a release revising 1 % of
// the figures. Prints the figures against the goal; exits non-zero when it is missed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { createPrismaClient } from "@/lib/prisma-client";
import { planStatisticsImport, runStatisticsImport, type StatisticsUpload } from "@/lib/records/trade-imports";
import { COMTRADE_HEADER, comtradeRows, toCsv } from "@/lib/synthetic/trade-statistics";
import { createFreshDatabase } from "@/tests/support/fresh-database";

const ROWS = 100_000;
const GOAL_SECONDS = 60;
const years = Array.from({ length: 31 }, (_, i) => 1995 + i);
const months = Array.from({ length: 12 }, (_, i) => i + 1);

const file = (revise?: (key: string) => number) =>
  Buffer.from(toCsv(COMTRADE_HEADER, comtradeRows({ years, months, otherPartners: 16, revise }).slice(0, ROWS)), "utf8");

const database = await createFreshDatabase();
const dir = mkdtempSync(path.join(os.tmpdir(), "camon-bench-import-"));
const prisma = createPrismaClient(database.url);
try {
  const user = await prisma.user.create({ data: { email: "bench-import@bench.local", name: "Bench", role: "EDITOR", passwordHash: "not-a-hash" } });
  const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
  const first = file();
  writeFileSync(path.join(dir, "SYNTHETIC-bench.csv"), first);
  const upload = (bytes: Buffer, title: string): StatisticsUpload => ({
    bytes: new Uint8Array(bytes),
    fileName: "SYNTHETIC-bench.csv",
    settings: { preset: "comtrade" },
    source: { title, publisher: "npm run bench:import (synthetic)", releasedOn: "2026-01-01" },
  });
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await work();
    return [result, (performance.now() - started) / 1000];
  };

  const [plan, dry] = await timed(() => planStatisticsImport(prisma, actor, upload(first, "SYNTHETIC bench release 1")));
  if (!plan.ok) throw new Error(`dry run refused: ${plan.problem}`);
  // What a server holds while it answers the dry run: the plan is still referenced here.
  const heapWithPlan = v8.getHeapStatistics().used_heap_size;
  const [done, write] = await timed(() => runStatisticsImport(prisma, actor, upload(first, "SYNTHETIC bench release 1")));
  if (!done.ok) throw new Error(`import refused: ${done.problem}`);
  const [again, unchanged] = await timed(() => planStatisticsImport(prisma, actor, upload(first, "SYNTHETIC bench release 1")));
  if (!again.ok) throw new Error(`second dry run refused: ${again.problem}`);
  let nth = 0;
  const revisedFile = file(() => (++nth % 100 === 0 ? 1.05 : 1));
  const [revised, revise] = await timed(() => runStatisticsImport(prisma, actor, upload(revisedFile, "SYNTHETIC bench release 2")));
  if (!revised.ok) throw new Error(`revised import refused: ${revised.problem}`);

  const c = plan.counts;
  const pass = (seconds: number) => (seconds < GOAL_SECONDS ? "PASS" : "**FAIL**");
  console.log(
    `\nImport of ${ROWS.toLocaleString("en")} rows in UN Comtrade's layout (${(first.byteLength / 1e6).toFixed(1)} MB CSV, generated): ${c.added.toLocaleString("en")} figures of the six's trade with each other, ${c.skipped.toLocaleString("en")} rows skipped (other partners).\n`,
  );
  console.log("| step | seconds | result | goal |\n|---|---:|---|---|");
  console.log(`| dry run (read, check against the database) | ${dry.toFixed(1)} | ${c.added} new, ${c.skipped} skipped | |`);
  console.log(`| import, one transaction | ${write.toFixed(1)} | ${done.plan.counts.added} written | < ${GOAL_SECONDS} s: ${pass(write)} |`);
  console.log(`| dry run of the same file again | ${unchanged.toFixed(1)} | ${again.counts.unchanged} unchanged | |`);
  console.log(
    `| import of a release revising 1 % | ${revise.toFixed(1)} | ${revised.plan.counts.revised} revised, ${revised.plan.counts.unchanged} unchanged | < ${GOAL_SECONDS} s: ${pass(revise)} |`,
  );
  console.log(
    `\nJavaScript heap in use with the dry run's plan held: ${Math.round(heapWithPlan / 1e6)} MB (the server's heap cap, HEAP_LIMIT_MB, is 384 by default); peak resident memory of this process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
  );
  if (write >= GOAL_SECONDS || revise >= GOAL_SECONDS) process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
}
