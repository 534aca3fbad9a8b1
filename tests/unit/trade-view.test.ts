import { describe, expect, it } from "vitest";
import { parseTradeView, tradeViewSegments } from "@/lib/validation/trade";

const KEYS = ["INTRA_REGIONAL", "BILATERAL-KZ-UZ"];

describe("the /trade view in the URL", () => {
  it("rewrites a valid query to the cached route's path segments", () => {
    expect(tradeViewSegments(new URLSearchParams("series=BILATERAL-KZ-UZ&view=table"))).toEqual(["BILATERAL-KZ-UZ", "table"]);
    expect(tradeViewSegments(new URLSearchParams(""))).toEqual(["first", "chart"]);
  });

  it("turns malformed values into the defaults before they reach the path", () => {
    expect(tradeViewSegments(new URLSearchParams("series=%3Cscript%3E&view=nonsense"))).toEqual(["first", "chart"]);
    expect(tradeViewSegments(new URLSearchParams("series=../../etc&view=sources"))).toEqual(["first", "sources"]);
  });

  it("reads the segments back as the view the page shows", () => {
    const [series, view] = tradeViewSegments(new URLSearchParams("view=sources"));
    expect(parseTradeView({ series, view }, KEYS)).toEqual({ series: "INTRA_REGIONAL", view: "sources" });
    expect(parseTradeView({ series: "BILATERAL-KZ-UZ", view: "table" }, KEYS)).toEqual({ series: "BILATERAL-KZ-UZ", view: "table" });
    expect(parseTradeView({ series: "BILATERAL-XX-YY", view: "chart" }, KEYS)).toEqual({ series: "INTRA_REGIONAL", view: "chart" });
  });
});
