// First-load JavaScript per route for `npm run bench` and `npm run bench:bundles`: the
// external <script src> chunks the production server's HTML for the route makes the browser
// download (what Next 16 no longer prints after `next build`), read from .next/static and
// gzipped here at level 9. The pages without a chart are held to a blank Next app of the
// installed versions plus 10 kB (issue 16), that app built and measured in the same run.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { waitUntil } from "@/tests/support/wait-until";

export type RouteBudget = { route: string; url: string; chunks: number; rawKb: number; gzipKb: number; budgetKb: number };

const CHART_BUDGET_KB = 250;
/** What a page without a chart may ship above a blank Next app. */
export const ABOVE_BLANK_APP_KB = 10;

// Chart pages carry the chart's client code (recharts loads later): the home page, /trade, a
// target's page and the embed.
export const BUDGET_ROUTES: { route: string; url: string; chart: boolean }[] = [
  { route: "/", url: "/en", chart: true },
  { route: "/trade", url: "/en/trade", chart: true },
  { route: "/targets/[id]", url: "/en/targets/tgt-ca-20bn", chart: true },
  { route: "/embed/trade", url: "/embed/trade?lang=en", chart: true },
  { route: "/targets", url: "/en/targets", chart: false },
  { route: "/summits", url: "/en/summits", chart: false },
  { route: "/summits/[slug]", url: "/en/summits/consultative-meeting-7", chart: false },
  { route: "/initiatives", url: "/en/initiatives", chart: false },
  { route: "/ventures", url: "/en/ventures", chart: false },
  { route: "/search", url: "/en/search?q=water", chart: false },
  { route: "/documents", url: "/en/documents", chart: false },
  { route: "/sources", url: "/en/sources", chart: false },
];

/**
 * The script chunks a modern browser loads for a page's HTML: every external <script src>
 * under /_next/static, but not the `noModule` polyfills, which such browsers skip.
 */
export function scriptChunks(html: string): string[] {
  const chunks = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    if (/\bnomodule\b/i.test(match[0])) continue;
    const src = decodeURIComponent(match[1]!.replaceAll("&amp;", "&").split("?")[0]!);
    if (src.startsWith("/_next/static/")) chunks.add(src);
  }
  return [...chunks];
}

/** The script chunks of `url`'s HTML on a running server, sized from `buildDir`'s static files. */
async function pageJavaScript(base: string, url: string, buildDir: string, sizes: Map<string, { raw: number; gzip: number }>) {
  const response = await fetch(base + url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}; cannot size its JavaScript`);
  const chunks = scriptChunks(await response.text()).map((src) => {
    let size = sizes.get(src);
    if (!size) {
      const bytes = readFileSync(path.join(buildDir, "static", src.slice("/_next/static/".length)));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      sizes.set(src, size);
    }
    return size;
  });
  return { chunks: chunks.length, rawKb: chunks.reduce((sum, c) => sum + c.raw, 0) / 1024, gzipKb: chunks.reduce((sum, c) => sum + c.gzip, 0) / 1024 };
}

/** A route's budget in kB: a chart page's is fixed, any other page's is the blank app's plus 10 kB. */
export function routeBudgetKb(chart: boolean, blankAppKb: number): number {
  return chart ? CHART_BUDGET_KB : Math.round((blankAppKb + ABOVE_BLANK_APP_KB) * 10) / 10;
}

/**
 * Fetches each budgeted route from the running production server and sizes its first-load
 * JavaScript; a page without a chart may ship `blankAppKb` (a blank Next app's) plus 10 kB.
 */
export async function firstLoadJavaScript(base: string, blankAppKb: number, buildDir = ".next"): Promise<RouteBudget[]> {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const budgets: RouteBudget[] = [];
  for (const { route, url, chart } of BUDGET_ROUTES) {
    budgets.push({ route, url, ...(await pageJavaScript(base, url, buildDir, sizes)), budgetKb: routeBudgetKb(chart, blankAppKb) });
  }
  return budgets;
}

const BLANK_APP_FILES = {
  "package.json": JSON.stringify({ name: "blank-next-app", private: true }),
  "next.config.mjs": "export default {};\n",
  "app/layout.jsx": 'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  "app/page.jsx": "export default function Page() {\n  return <p>A blank Next app.</p>;\n}\n",
};

/**
 * The first-load JavaScript (gzip kB) of a blank Next app (one layout, one page) of the
 * versions this checkout installs, built with `next build` and served by `next start` on
 * `port`: the floor under any page of the portal. It is written to a temporary folder with
 * the checkout's node_modules hard-linked in: inside the checkout, Next took the portal's
 * proxy.ts and instrumentation.ts into the blank app's build.
 */
export async function blankAppFirstLoadKb(port: number): Promise<number> {
  const app = mkdtempSync(path.join(os.tmpdir(), "blank-next-app-"));
  try {
    for (const [file, text] of Object.entries(BLANK_APP_FILES)) {
      mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
      writeFileSync(path.join(app, file), text);
    }
    execFileSync("cp", ["-al", path.resolve("node_modules"), path.join(app, "node_modules")]);
    return await buildAndMeasure(app, port);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}

async function buildAndMeasure(app: string, port: number): Promise<number> {
  const next = path.join(app, "node_modules/next/dist/bin/next");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  await new Promise<void>((resolve, reject) => {
    const build = spawn(process.execPath, [next, "build"], { cwd: app, env, stdio: "ignore" });
    build.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the blank Next app's build exited with ${code}`))));
  });
  const server = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: app, env, stdio: "ignore" });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitUntil(
      async () => (await fetch(base)).ok,
      60_000,
      () => `the blank Next app's server ${server.exitCode === null ? "did not answer" : `exited with ${server.exitCode}`}`,
    );
    return (await pageJavaScript(base, "/", path.join(app, ".next"), new Map())).gzipKb;
  } finally {
    server.kill("SIGTERM");
    await exited;
  }
}

/** The per-route table (Markdown) with each route's verdict against its budget. */
export function budgetTable(budgets: RouteBudget[], verdict: (ok: boolean) => string): string[] {
  return [
    "| route | chunks | raw kB | gzip kB | budget kB | |",
    "|---|---:|---:|---:|---:|---|",
    ...budgets.map((b) => `| ${b.route} | ${b.chunks} | ${b.rawKb.toFixed(1)} | ${b.gzipKb.toFixed(1)} | ${b.budgetKb} | ${verdict(b.gzipKb <= b.budgetKb)} |`),
  ];
}

/** The loud line for each route over its budget; empty when all are within. */
export function budgetFailures(budgets: RouteBudget[]): string[] {
  return budgets
    .filter((b) => b.gzipKb > b.budgetKb)
    .map((b) => `!!! FIRST-LOAD JS BUDGET EXCEEDED: ${b.route} ships ${b.gzipKb.toFixed(1)} kB gzipped, budget ${b.budgetKb} kB !!!`);
}
