import { describe, expect, it } from "vitest";
import { parse } from "@retorquere/bibtex-parser";
import { bibtexCitation, bibtexKey, plainCitation, type CitationParts } from "@/lib/cite";

const parts: CitationParts = {
  portal: "Central Asia Cooperation Monitor",
  title: "Target $20 bn: intra-regional trade & 100% of #1_{x}",
  url: "https://monitor.example.org/en/trade?series=PARTNER_REGION-AZ&view=table",
  updated: new Date("2026-11-22T10:00:00Z"),
  accessed: new Date("2026-12-04T03:00:00Z"),
};

describe("plainCitation", () => {
  it("names the portal, the title, the last update, the permanent URL and the date accessed in English", () => {
    expect(plainCitation(parts, "en")).toBe(
      "Central Asia Cooperation Monitor. “Target $20 bn: intra-regional trade & 100% of #1_{x}”. Last updated November 22, 2026. " +
        "https://monitor.example.org/en/trade?series=PARTNER_REGION-AZ&view=table (accessed December 4, 2026).",
    );
  });

  it("writes the Russian citation as GOST R 7.0.100 writes an electronic resource", () => {
    const ru = { ...parts, portal: "Монитор сотрудничества Центральной Азии", title: "Товарооборот", url: "https://monitor.example.org/ru/trade" };
    expect(plainCitation(ru, "ru")).toBe(
      "Товарооборот // Монитор сотрудничества Центральной Азии. – Обновлено 22.11.2026. – URL: https://monitor.example.org/ru/trade (дата обращения: 04.12.2026).",
    );
  });

  it("leaves the update out of a page without a single record", () => {
    expect(plainCitation({ ...parts, updated: null }, "en")).not.toContain("Last updated");
    expect(plainCitation({ ...parts, updated: null }, "ru")).not.toContain("Обновлено");
  });
});

describe("bibtexCitation", () => {
  it("parses back, with a third-party BibTeX parser, to the same title, author, URL and dates", () => {
    const { entries, errors } = parse(bibtexCitation(parts, "en"));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.type).toBe("misc");
    expect(entry!.key).toBe("camonitor-en-trade-partner-region-az-table-2026");
    expect(entry!.fields.title).toBe(parts.title);
    expect(entry!.fields.author).toEqual([{ name: "Central Asia Cooperation Monitor" }]);
    expect(entry!.fields.url).toBe(parts.url);
    expect(entry!.fields.urldate).toBe("2026-12-04");
    expect(entry!.fields.year).toBe("2026");
    expect(entry!.fields.note).toBe("Last updated 2026-11-22");
  });

  it("keeps Cyrillic titles and dates the entry by the access year when nothing says when the page changed", () => {
    const ru = { ...parts, title: "Цель: 20 млрд $", updated: null, accessed: new Date("2027-01-02T00:00:00Z") };
    const [entry] = parse(bibtexCitation(ru, "ru")).entries;
    expect(entry!.fields.title).toBe("Цель: 20 млрд $");
    expect(entry!.fields.year).toBe("2027");
    expect(entry!.fields.note).toBeUndefined();
  });
});

describe("bibtexKey", () => {
  it("is ASCII, from the path and the query, with the year", () => {
    expect(bibtexKey("https://x.org/ru/summits/vii-konsultativnaya", new Date("2026-01-01"))).toBe("camonitor-ru-summits-vii-konsultativnaya-2026");
  });
});
