import { describe, expect, it } from "vitest";
import { parseTradeView } from "@/lib/validation/trade";
import { queryRoutePath, viewSearchParams } from "@/lib/query-route";

const KEYS = ["INTRA_REGIONAL", "BILATERAL-KZ-UZ"];
const route = (url: string) => queryRoutePath(new URL(url, "http://localhost"));
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

  it("leaves every other path alone", () => {
    for (const path of ["/en", "/en/ventures/jv-1", "/en/summits/consultative-meeting-7", "/en/trade/csv?series=X", "/xx/trade", "/en/manage/ventures?page=2"])
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
