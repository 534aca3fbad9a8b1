// `npm run data:import -- --preset comtrade --as editor@ministry.gov --source-title "…"
//   --source-publisher "…" [--source-url "…"] [--source-date 2025-06-30] [--dry-run]
//   [--skip-wrong] FILE`
// Official trade statistics from the command line, for a ministry's IT staff loading many
// files: the same dry run and all-or-nothing import as the workspace (lib/records/
// trade-imports.ts), recorded under a staff account. A wide table (one row per partner, one
// column per period) also takes --reporter KZ --flow EXPORT|IMPORT|TURNOVER
// [--unit usd|thousands|millions] [--sheet NAME]. Instead of --preset, --layout NAME reads
// the file as a layout staff saved in the workspace (any table mapped column by column).
// Exits 1 on any wrong row unless --skip-wrong, and on anything that stops the import.
// npm runs it with the react-server condition, as user:create (lib/records is server-only).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
// use-intl/core: next-intl's translator without React, which the react-server condition cannot load.
import { createTranslator } from "use-intl/core";
import messages from "@/lib/i18n/messages/en.json";
import { findImportLayout } from "@/lib/records/import-layouts";
import { planStatisticsImport, refusalMessage, runStatisticsImport, type ImportPlan, type ImportRefusal } from "@/lib/records/trade-imports";
import { countryCodeOf } from "@/lib/trade-stats/countries";
import type { PresetSettings, Scale } from "@/lib/trade-stats/presets";
import type { Actor } from "@/lib/auth/permissions";
import { openScriptDatabase } from "@/scripts/script-database";

const USAGE = `Usage: npm run data:import -- (--preset comtrade|wide | --layout SAVED_NAME) --as EMAIL --source-title TITLE --source-publisher PUBLISHER
  [--source-url URL] [--source-date YYYY-MM-DD] [--source-language en|ru] [--dry-run] [--skip-wrong]
  [--reporter KZ --flow EXPORT|IMPORT|TURNOVER --unit usd|thousands|millions] [--sheet NAME] FILE`;
const UNITS: Record<string, Scale> = { usd: 0, thousands: 3, millions: 6 };
const SHOWN_PER_KIND = 20;

const t = createTranslator({ locale: "en", messages, namespace: "statsImport" });

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    preset: { type: "string" },
    layout: { type: "string" },
    as: { type: "string" },
    "source-title": { type: "string" },
    "source-publisher": { type: "string" },
    "source-url": { type: "string" },
    "source-date": { type: "string" },
    "source-language": { type: "string", default: "en" },
    reporter: { type: "string" },
    flow: { type: "string" },
    unit: { type: "string", default: "usd" },
    sheet: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    "skip-wrong": { type: "boolean", default: false },
  },
});

const file = positionals[0];
if ((values.preset === undefined) === (values.layout === undefined) || !file || !values.as || positionals.length > 1) fail(USAGE);
const presetGiven = values.layout === undefined ? presetSettings() : null;

const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => fail(`${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`));
const { prisma, close } = await openScriptDatabase();
try {
  const user = await prisma.user.findFirst({ where: { email: values.as!.toLowerCase(), disabledAt: null } });
  if (!user) fail(`--as: no active account ${values.as}; create one with npm run user:create.`);
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: user.role };
  const settings = presetGiven ?? (await findImportLayout(prisma, values.layout!));
  if (!settings) {
    const names = (await prisma.importLayout.findMany({ orderBy: { name: "asc" }, select: { name: true } })).map((l) => `“${l.name}”`);
    fail(`--layout: no saved layout “${values.layout}”. Saved: ${names.join(", ") || "none yet (save one in the workspace's statistics import)"}.`);
  }
  const upload = {
    bytes,
    fileName: path.basename(file!),
    sheet: values.sheet,
    settings,
    source: {
      title: values["source-title"] ?? "",
      publisher: values["source-publisher"] ?? "",
      url: values["source-url"],
      releasedOn: values["source-date"] ?? new Date().toISOString().slice(0, 10),
      language: values["source-language"],
    },
  };
  const started = performance.now();
  const result = values["dry-run"]
    ? await planStatisticsImport(prisma, actor, upload)
    : await runStatisticsImport(prisma, actor, upload, { skipWrong: values["skip-wrong"] });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if ("plan" in result && result.plan) printPlan(result.plan);
  else if (result.ok && "cells" in result) printPlan(result);
  if (!result.ok) {
    printRefusal(result);
    process.exitCode = 1;
  } else if ("importId" in result) {
    console.log(`Imported in ${seconds} s: import ${result.importId}, source ${result.sourceId}. Undo it from the workspace's import history.`);
    if (!values["source-date"])
      console.log(`The source is dated today (${upload.source.releasedOn}), as retrieved; give --source-date for the release's own date.`);
  } else {
    console.log(`Dry run in ${seconds} s: nothing was written.`);
    if (result.counts.wrong > 0 && !values["skip-wrong"]) process.exitCode = 1;
  }
} finally {
  await close();
}

function presetSettings(): PresetSettings {
  if (values.preset === "comtrade") return { preset: "comtrade" };
  if (values.preset !== "wide") fail(`--preset: comtrade or wide; for another layout, save it in the workspace and give --layout NAME.\n${USAGE}`);
  const reporter = values.reporter ? countryCodeOf(values.reporter) : null;
  const flow = values.flow?.toUpperCase();
  const scale = UNITS[values.unit ?? "usd"];
  if (!reporter) fail(`--reporter: one of KZ, UZ, KG, TJ, TM, AZ (the country whose statistics the table holds).`);
  if (flow !== "EXPORT" && flow !== "IMPORT" && flow !== "TURNOVER") fail("--flow: EXPORT, IMPORT or TURNOVER (from the reporter's side).");
  if (scale === undefined) fail("--unit: usd, thousands or millions (of US dollars).");
  return { preset: "wide", reporter: reporter!, flow: flow as "EXPORT" | "IMPORT" | "TURNOVER", scale: scale! };
}

function printPlan(plan: ImportPlan): void {
  const { added, revised, unchanged, skipped, wrong } = plan.counts;
  if (plan.sheet) console.log(`Sheet: ${plan.sheet} (of ${plan.sheets.join(", ")})`);
  console.log(`New: ${added}  Revised: ${revised}  Unchanged: ${unchanged}  Skipped: ${skipped}  Wrong: ${wrong}`);
  for (const [reason, count] of Object.entries(plan.skippedBy))
    console.log(`  skipped ${count}: ${t(`skip.${reason as keyof typeof messages.statsImport.skip}`)}`);
  for (const kind of ["revised", "wrong"] as const) {
    const cells = plan.cells.filter((cell) => (kind === "wrong" ? cell.outcome === "wrong" : cell.change === "revised"));
    for (const cell of cells.slice(0, SHOWN_PER_KIND)) {
      const where = `line ${cell.line}${cell.column ? `, ${cell.column}` : ""}`;
      if (cell.outcome === "wrong")
        console.log(`  wrong, ${where}: ${t(`wrong.${cell.reason}`, { firstLine: cell.firstLine ?? 0 })}${cell.value ? ` (“${cell.value}”)` : ""}`);
      else if (cell.outcome === "figure")
        console.log(
          `  revised, ${where}: ${cell.figure.reporter}→${cell.figure.partner} ${cell.figure.flow} ${cell.figure.periodStart.toISOString().slice(0, 7)}: $${cell.previousUsd} → $${cell.figure.valueUsd}`,
        );
    }
    if (cells.length > SHOWN_PER_KIND) console.log(`  … and ${cells.length - SHOWN_PER_KIND} more ${kind}`);
  }
}

function printRefusal(refusal: ImportRefusal): void {
  if (refusal.problem === "sourceInvalid") {
    const fields = Object.keys(refusal.fieldErrors).map((field) => `--source-${field === "releasedOn" ? "date" : field}`);
    console.error(`${t("problem.sourceInvalid")} (${fields.join(", ")})`);
    return;
  }
  const { key, values } = refusalMessage(refusal);
  console.error(t(`problem.${key}`, values));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
