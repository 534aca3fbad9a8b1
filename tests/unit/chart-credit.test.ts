import { describe, expect, it } from "vitest";
import { briefCreditSources, creditLines, creditSources, wrapText } from "@/lib/charts/chart-credit";

const s4 = { id: "src-s4", title: "Central Asia: trade", publisher: "KAZAKHSTAN TODAY", publishedOn: new Date("2025-11-16T00:00:00Z") };
const s2 = { id: "src-s2", title: "Visit of the President", publisher: null, publishedOn: null };

describe("the credit of a downloaded chart", () => {
  it("names each source once, with its publisher and date where the source gives them", () => {
    expect(creditSources([s4, s2, s4], "en")).toBe("“Central Asia: trade” (KAZAKHSTAN TODAY, November 16, 2025); “Visit of the President”");
    expect(creditSources([s2], "ru")).toBe("«Visit of the President»");
  });

  it("gives the sources, the portal and page address, and the day of download, within the width", () => {
    const lines = creditLines(
      {
        sourceLine: `Source: ${creditSources([s4], "en")}`,
        portal: "Central Asia Cooperation Monitor",
        pageUrl: "https://monitor.example.org/en/trade?series=INTRA_REGIONAL&view=chart",
        downloaded: "Downloaded",
        downloadedOn: new Date("2026-12-04T10:00:00Z"),
      },
      "en",
      80,
    );
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines.join(" ")).toBe(
      "Source: “Central Asia: trade” (KAZAKHSTAN TODAY, November 16, 2025) Central Asia Cooperation Monitor · https://monitor.example.org/en/trade?series=INTRA_REGIONAL&view=chart Downloaded December 4, 2026",
    );
  });

  it("wraps at spaces and cuts only a word longer than a line", () => {
    expect(wrapText("one two three", 7)).toEqual(["one two", "three"]);
    expect(wrapText("abcdefghij k", 4)).toEqual(["abcd", "efgh", "ij k"]);
  });
});

describe("the credit of a link preview", () => {
  it("names each source once by its publisher, or its title where none is stated, with the date", () => {
    expect(briefCreditSources([s2, s4, s4], "en")).toEqual(["Visit of the President", "KAZAKHSTAN TODAY, November 16, 2025"]);
  });
});
