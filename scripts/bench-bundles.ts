// `npm run bench:bundles`: the first-load JavaScript table of `npm run bench`, on its own,
// against a production server that is already running (`npm run build && npm start`) from
// this checkout's .next, beside a blank Next app of the same versions that it builds and serves
// itself. BENCH_URL names the server (default http://127.0.0.1:3000). Exits non-zero when a
// route is over its budget.
import { blankAppFirstLoadKb, budgetFailures, budgetTable, firstLoadJavaScript } from "@/scripts/bundle-budgets";
import { anyFreePort } from "@/tests/support/free-port";

async function main() {
  const base = (process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
  const blankAppKb = await blankAppFirstLoadKb(await anyFreePort());
  console.log(`A blank Next app of the same versions: ${blankAppKb.toFixed(1)} kB`);
  const budgets = await firstLoadJavaScript(base, blankAppKb);
  for (const line of budgetTable(budgets, (ok) => (ok ? "PASS" : "FAIL"))) console.log(line);
  const failures = budgetFailures(budgets);
  for (const line of failures) console.error(line);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
