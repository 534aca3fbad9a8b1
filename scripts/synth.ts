// `npm run db:synth -- --ventures 100000 --figures 200000 --events 2000 --initiatives 20000 [--seed 1]`
// fills the database in DATABASE_URL (which you must set: synth never guesses a database)
// with deterministic synthetic records for load tests; `npm run db:synth -- --remove`
// deletes every one of them. Progress goes to stderr, the summary and the time to stdout.
import { parseArgs } from "node:util";
import pg from "pg";
import { describeDatabaseUrl } from "@/lib/database-url";
import { countSyntheticData, fillSyntheticData, removeSyntheticData, type SyntheticCounts } from "@/lib/synthetic";

const { values } = parseArgs({
  options: {
    ventures: { type: "string", default: "0" },
    figures: { type: "string", default: "0" },
    events: { type: "string", default: "0" },
    initiatives: { type: "string", default: "0" },
    seed: { type: "string", default: "1" },
    remove: { type: "boolean", default: false },
  },
});

function count(name: keyof SyntheticCounts): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0 || n > 10_000_000) throw new Error(`--${name} must be a whole number from 0 to 10,000,000 (got "${values[name]}").`);
  return n;
}

/** A one-line bar redrawn in place on a terminal; on a pipe, a line per 25%. */
function progressBar(): (table: string, done: number, total: number) => void {
  const started = Date.now();
  let lastQuarter = -1;
  let lastTable = "";
  return (table, done, total) => {
    const share = total === 0 ? 1 : done / total;
    const width = 30;
    const filled = Math.round(share * width);
    const line = `${table.padEnd(12)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")} ${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (process.stderr.isTTY) {
      process.stderr.write(`${table !== lastTable && lastTable ? "\n" : "\r"}${line}`);
      if (done === total) process.stderr.write("\n");
    } else {
      const quarter = Math.floor(share * 4);
      if (table !== lastTable) lastQuarter = -1;
      if (quarter !== lastQuarter) process.stderr.write(`${line}\n`);
      lastQuarter = quarter;
    }
    lastTable = done === total ? "" : table;
  };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the PostgreSQL database to fill (db:synth never writes to a database you did not name).");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    if (values.remove) {
      const removed = await removeSyntheticData(client);
      console.log(`Removed from ${describeDatabaseUrl(url)}: ${describe(removed)} (${seconds(started)}).`);
      return;
    }
    const counts = { ventures: count("ventures"), figures: count("figures"), events: count("events"), initiatives: count("initiatives") };
    await fillSyntheticData(client, counts, { seed: Number(values.seed), onProgress: progressBar() });
    console.log(`Synthetic rows in ${describeDatabaseUrl(url)}: ${describe(await countSyntheticData(client))}; took ${seconds(started)}.`);
  } finally {
    await client.end();
  }
}

const describe = (c: SyntheticCounts) => `${c.ventures} ventures, ${c.figures} trade figures, ${c.events} events, ${c.initiatives} initiatives`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

main().catch((error) => {
  console.error(`db:synth failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
