import { describe, expect, it } from "vitest";
import { budgetFailures, budgetTable, routeBudgetKb, scriptChunks } from "@/scripts/bundle-budgets";

describe("first-load JavaScript of a page", () => {
  it("counts each external Next chunk once and skips the noModule polyfills and inline scripts", () => {
    const html = [
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/page.js"/>',
      '<script src="/_next/static/chunks/page.js?dpl=abc" async=""></script>',
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<script>self.__next_f.push([1,"x"])</script>',
      '<script src="https://example.org/analytics.js"></script>',
    ].join("");
    expect(scriptChunks(html)).toEqual(["/_next/static/chunks/main.js", "/_next/static/chunks/page.js"]);
  });
});

describe("first-load JavaScript budgets", () => {
  it("holds a page without a chart to a blank Next app's JavaScript plus 10 kB, and a chart page to 250 kB", () => {
    expect(routeBudgetKb(false, 131.84)).toBe(141.8);
    expect(routeBudgetKb(false, 140)).toBe(150);
    expect(routeBudgetKb(true, 131.84)).toBe(250);
  });

  const budgets = [
    { route: "/", url: "/en", chunks: 9, rawKb: 600, gzipKb: 180.04, budgetKb: 250 },
    { route: "/targets", url: "/en/targets", chunks: 8, rawKb: 450, gzipKb: 134.96, budgetKb: 120 },
  ];

  it("prints a row per route with its gzip size against its budget", () => {
    const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
    expect(budgetTable(budgets, verdict).slice(2)).toEqual(["| / | 9 | 600.0 | 180.0 | 250 | PASS |", "| /targets | 8 | 450.0 | 135.0 | 120 | FAIL |"]);
  });

  it("names only the routes over their budget, with size and budget", () => {
    expect(budgetFailures(budgets)).toEqual(["!!! FIRST-LOAD JS BUDGET EXCEEDED: /targets ships 135.0 kB gzipped, budget 120 kB !!!"]);
  });
});
