import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
// How Next itself builds, matches and applies a rewrite from next.config.ts.
import { buildCustomRoute } from "next/dist/server/lib/router-utils/filesystem";
import { matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import { parseTradeView } from "@/lib/validation/trade";
import { QUERY_PAGES, queryView, tidyFormUrl, viewSearchParams } from "@/lib/query-route";
import { routing } from "@/lib/i18n/routing";
import { VIEW_HEADER, VIEW_REWRITE } from "@/lib/view-rewrite";

const KEYS = ["INTRA_REGIONAL", "BILATERAL-KZ-UZ"];
const rewrite = buildCustomRoute("before_files_rewrite", VIEW_REWRITE);

/**
 * The path Next serves a URL from, or null when it serves the URL's own path: the header
 * scripts/serve.ts sets, then next.config.ts's rewrite, matched and applied by Next's code.
 */
function route(url: string): string | null {
  const parsed = new URL(url, "http://localhost");
  const view = queryView(parsed);
  const request = { headers: view ? { [VIEW_HEADER]: view } : {} } as IncomingMessage;
  const query = Object.fromEntries(parsed.searchParams);
  const params = rewrite.match(parsed.pathname);
  const fromHeader = params && matchHas(request, query, rewrite.has);
  if (!params || !fromHeader) return null;
  return prepareDestination({ appendParamsToQuery: true, destination: rewrite.destination!, params: { ...params, ...fromHeader }, query }).parsedDestination
    .pathname;
}
const query = (path: string) => viewSearchParams(Promise.resolve({ query: path.split("/").at(-1)! }));
const b64 = (query: string) => Buffer.from(query).toString("base64url");

describe("pages cached per view of their query string", () => {
  it("rewrites /trade and /ventures to the route that names the view in its path", () => {
    expect(route("/en/trade?series=BILATERAL-KZ-UZ&view=table")).toBe(`/en/trade/view/${b64("series=BILATERAL-KZ-UZ&view=table")}`);
    expect(route("/en/ventures?sector=ENERGY&pair=KZ-UZ&page=2")).toBe(`/en/ventures/view/${b64("pair=KZ-UZ&sector=ENERGY&page=2")}`);
  });

  it("leaves the default view to the page at the public path", () => {
    for (const path of ["/ru/trade", "/en/ventures/", "/en/search?q=", "/en/summits?page=1"]) expect(route(path)).toBeNull();
  });

  it("drops malformed, unknown and default values, so links meaning one view share its cached page", () => {
    expect(route("/en/trade?series=%3Cscript%3E&view=nonsense")).toBeNull();
    expect(route("/en/trade?view=chart&utm_source=x")).toBeNull();
    expect(route("/en/ventures?sector=NOPE&sort=date&page=1&year=abc")).toBeNull();
    expect(route("/en/ventures?sort=name&utm_source=x")).toBe(`/en/ventures/view/${b64("sort=name")}`);
  });

  it("keeps a list's filters and page, and nothing else", () => {
    expect(route("/en/summits?year=2024&kind=CONSULTATIVE_MEETING&page=2&x=1")).toBe(`/en/summits/view/${b64("kind=CONSULTATIVE_MEETING&year=2024&page=2")}`);
    expect(route("/ru/initiatives?status=STALLED&page=1")).toBe(`/ru/initiatives/view/${b64("status=STALLED")}`);
    expect(route("/en/sources?page=3&sort=x")).toBe(`/en/sources/view/${b64("page=3")}`);
    expect(route("/en/documents?page=0&type=nonsense")).toBeNull();
  });

  it("keeps the search words, trimmed, and nothing for an empty search", () => {
    expect(route("/ru/search?q=%20%D0%B2%D0%BE%D0%B4%D0%B0%20")).toBe(`/ru/search/view/${b64("q=%D0%B2%D0%BE%D0%B4%D0%B0")}`);
  });

  it("keeps a target's horizon year and the embed's language, series and view", () => {
    expect(route("/en/targets/tgt-ca-20bn?by=2031&x=1")).toBe(`/en/targets/tgt-ca-20bn/view/${b64("by=2031")}`);
    expect(route("/ru/targets/tgt-ca-20bn?by=31")).toBeNull();
    expect(route("/ru/targets/tgt-ca-20bn?by=2031&by=2032")).toBe(`/ru/targets/tgt-ca-20bn/view/${b64("by=2032")}`);
    expect(route("/embed/trade?lang=en&series=BILATERAL-KZ-UZ&view=table")).toBe(`/embed/trade/view/${b64("lang=en&series=BILATERAL-KZ-UZ&view=table")}`);
    expect(route("/embed/trade?lang=ru&view=chart")).toBeNull();
  });

  it("leaves every other path alone", () => {
    for (const path of [
      "/en",
      "/en/ventures/jv-1",
      "/en/summits/consultative-meeting-7",
      "/en/trade/csv?series=X",
      "/xx/trade",
      "/en/targets",
      "/en/targets/x/preview.png",
      "/embed/map",
      "/en/manage/ventures?page=2",
    ])
      expect(route(path)).toBeNull();
  });

  it("gives the page the query it was asked for", async () => {
    const trade = await query(route("/ru/trade?view=sources")!);
    expect(parseTradeView(trade, KEYS)).toEqual({ series: "INTRA_REGIONAL", view: "sources" });
    expect(parseTradeView(await query(route("/en/trade?series=BILATERAL-KZ-UZ&view=table")!), KEYS)).toEqual({ series: "BILATERAL-KZ-UZ", view: "table" });
    expect(parseTradeView(await query(route("/en/trade?series=BILATERAL-XX-YY")!), KEYS)).toEqual({ series: "INTRA_REGIONAL", view: "chart" });
    expect(await query(route("/en/ventures?q=%D1%83%D0%B7%D0%B0%D0%B2%D1%82%D0%BE+%26+co")!)).toEqual({ q: "узавто & co" });
    expect(await viewSearchParams(Promise.resolve({}))).toEqual({});
  });
});

/** The paths a page's pattern stands for: every locale, a record id, the one embeddable chart. */
const samples = (pattern: string) => routing.locales.map((locale) => pattern.replace(":locale", locale).replace(":id", "some-id").replace(":chart", "trade"));
const APP = path.resolve(import.meta.dirname, "../../app");

/** The app directories that hold a `view/[query]` route, as URL patterns (route groups dropped, [x] as :x). */
function viewRoutes(dir = APP, url = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      if (entry.name === "view" && existsSync(path.join(dir, "view/[query]/page.tsx"))) return [url];
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name.replace(/^\[(\w+)\]$/, ":$1")}`;
      return viewRoutes(path.join(dir, entry.name), url + segment);
    });
}

describe("the pages cached per view are named alike in both places", () => {
  it("the rewrite takes a request without the header, or with a malformed one, nowhere", () => {
    const has = (headers: Record<string, string>) => matchHas({ headers } as IncomingMessage, {}, rewrite.has);
    expect(has({})).toBe(false);
    expect(has({ [VIEW_HEADER]: "../x" })).toBe(false);
    expect(has({ [VIEW_HEADER]: "cz1h" })).toEqual({ view: "cz1h" });
  });

  it("each has a view/[query] route beside it, and no other page has one", () => {
    expect(viewRoutes().sort()).toEqual(QUERY_PAGES.map((page) => page.pattern).sort());
  });

  it("each rewrites its own samples to a view path", () => {
    for (const page of QUERY_PAGES) for (const sample of samples(page.pattern)) expect(page.path.test(sample), sample).toBe(true);
  });
});

describe("a form's answer, tidied", () => {
  const tidy = (address: string) => tidyFormUrl(new URL(address, "http://localhost"));

  it("drops the comparison form's empty years and turns its four menus into one more series", () => {
    expect(
      tidy(
        "/en/trade?compare=BILATERAL-KZ-UZ&compare=REPORTED-KZ-UZ-TURNOVER&add_reporter=UZ&add_partner=KZ&add_flow=IMPORT&add_frequency=YEAR&from=2015&to=&measure=index",
      ),
    ).toBe("/en/trade?compare=BILATERAL-KZ-UZ%2CREPORTED-KZ-UZ-TURNOVER%2CREPORTED-UZ-KZ-IMPORT&from=2015&measure=index");
    // The menus left at "—" add nothing.
    expect(tidy("/ru/trade?compare=BILATERAL-KZ-UZ&add_reporter=&add_partner=&add_flow=EXPORT&add_frequency=YEAR")).toBe("/ru/trade?compare=BILATERAL-KZ-UZ");
  });

  it("drops a filter form's empty fields, and leaves a tidy address alone", () => {
    expect(tidy("/en/initiatives?sector=&proposer=KZ&status=&event=&due=")).toBe("/en/initiatives?proposer=KZ");
    expect(tidy("/en/search?q=")).toBe("/en/search");
    expect(tidy("/en/initiatives?proposer=KZ")).toBeNull();
    expect(tidy("/en/trade?compare=BILATERAL-KZ-UZ&from=2015")).toBeNull();
    // Not a page with a view in its query.
    expect(tidy("/en/manage/ventures?q=")).toBeNull();
    expect(tidy("/api/v1/ventures?pair=")).toBeNull();
  });
});
