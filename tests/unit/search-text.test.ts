import { describe, expect, it } from "vitest";
import { excerptAround, highlightSegments, prefixTsQuery, searchTerms } from "@/lib/search-text";

describe("searchTerms", () => {
  it("keeps only letters and digits, lower-cased, so no operator or markup reaches the query", () => {
    expect(searchTerms(`Ташкент "water" <b>2025</b> '; DROP --`)).toEqual(["ташкент", "water", "b", "2025", "drop"]);
  });

  it("drops emoji and punctuation-only input", () => {
    expect(searchTerms("🚀 !!! ???")).toEqual([]);
  });

  it("bounds a 10,000-character query to eight words of forty characters", () => {
    const terms = searchTerms(`${"x".repeat(5000)} ${"a b c d e f g h i j ".repeat(250)}`);
    expect(terms).toHaveLength(8);
    expect(terms[0]).toHaveLength(40);
  });
});

describe("prefixTsQuery", () => {
  it("joins the words as prefixes that must all match", () => {
    expect(prefixTsQuery(["ташкент", "редкоземель"])).toBe("ташкент:* & редкоземель:*");
  });
});

describe("highlightSegments", () => {
  it("marks every occurrence of a term regardless of case", () => {
    expect(highlightSegments("Water and water strategies", ["water"])).toEqual([
      { text: "Water", match: true },
      { text: " and ", match: false },
      { text: "water", match: true },
      { text: " strategies", match: false },
    ]);
  });

  it("marks a partial Russian word inside a longer one", () => {
    expect(
      highlightSegments("по редкоземельным металлам", ["редкоземель"])
        .filter((s) => s.match)
        .map((s) => s.text),
    ).toEqual(["редкоземель"]);
  });
});

describe("excerptAround", () => {
  it("cuts a long text around the first match with ellipses", () => {
    const text = `${"a ".repeat(200)}Tashkent${" b".repeat(200)}`;
    const excerpt = excerptAround(text, ["tashkent"], 60);
    expect(excerpt).toContain("Tashkent");
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt.endsWith("…")).toBe(true);
  });
});
