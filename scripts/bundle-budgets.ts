// First-load JavaScript per route for `npm run bench` and `npm run bench:bundles`: the
// external <script src> chunks the production server's HTML for the route makes the browser
// download (what Next 16 no longer prints after `next build`), read from .next/static and
// gzipped here at level 9.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type RouteBudget = { route: string; url: string; chunks: number; rawKb: number; gzipKb: number; budgetKb: number };

const CHART_BUDGET_KB = 250;
const OTHER_BUDGET_KB = 120;

// Chart pages carry recharts: the home page, /trade, a target's page and the embed.
export const BUDGET_ROUTES: { route: string; url: string; budgetKb: number }[] = [
  { route: "/", url: "/en", budgetKb: CHART_BUDGET_KB },
  { route: "/trade", url: "/en/trade", budgetKb: CHART_BUDGET_KB },
  { route: "/targets/[id]", url: "/en/targets/tgt-ca-20bn", budgetKb: CHART_BUDGET_KB },
  { route: "/embed/trade", url: "/embed/trade?lang=en", budgetKb: CHART_BUDGET_KB },
  { route: "/targets", url: "/en/targets", budgetKb: OTHER_BUDGET_KB },
  { route: "/summits", url: "/en/summits", budgetKb: OTHER_BUDGET_KB },
  { route: "/summits/[slug]", url: "/en/summits/consultative-meeting-7", budgetKb: OTHER_BUDGET_KB },
  { route: "/initiatives", url: "/en/initiatives", budgetKb: OTHER_BUDGET_KB },
  { route: "/ventures", url: "/en/ventures", budgetKb: OTHER_BUDGET_KB },
  { route: "/search", url: "/en/search?q=water", budgetKb: OTHER_BUDGET_KB },
  { route: "/documents", url: "/en/documents", budgetKb: OTHER_BUDGET_KB },
  { route: "/sources", url: "/en/sources", budgetKb: OTHER_BUDGET_KB },
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

/** Fetches each budgeted route from the running production server and sizes its first-load JavaScript. */
export async function firstLoadJavaScript(base: string, buildDir = ".next"): Promise<RouteBudget[]> {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (src: string) => {
    let size = sizes.get(src);
    if (!size) {
      const bytes = readFileSync(path.join(buildDir, "static", src.slice("/_next/static/".length)));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      sizes.set(src, size);
    }
    return size;
  };
  const budgets: RouteBudget[] = [];
  for (const { route, url, budgetKb } of BUDGET_ROUTES) {
    const response = await fetch(base + url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}; cannot size its JavaScript`);
    const chunks = scriptChunks(await response.text()).map(sizeOf);
    budgets.push({
      route,
      url,
      chunks: chunks.length,
      rawKb: chunks.reduce((sum, c) => sum + c.raw, 0) / 1024,
      gzipKb: chunks.reduce((sum, c) => sum + c.gzip, 0) / 1024,
      budgetKb,
    });
  }
  return budgets;
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
