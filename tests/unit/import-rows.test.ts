import { describe, expect, it } from "vitest";
import { columnOf, parsePartners, rowToInput, templateRow, EXAMPLE_ROWS, COLUMNS } from "@/lib/import/kinds";
import { csvResponse } from "@/lib/export/csv";
import { parseCsv } from "@/lib/import/csv-parse";
import { tradeFigureInputSchema } from "@/lib/validation/trade-figure-input";
import { ventureInputSchema } from "@/lib/validation/venture-input";
import { fieldErrorsOf } from "@/lib/validation/fields";

const row = (overrides: Record<string, string> = {}) => ({ ...EXAMPLE_ROWS.tradeFigures, ...overrides });
const errorsOf = (values: Record<string, string>) => {
  const result = tradeFigureInputSchema.safeParse(rowToInput("tradeFigures", values));
  return result.success ? {} : Object.fromEntries(Object.entries(fieldErrorsOf(result.error)).map(([path, e]) => [columnOf(path), e.key]));
};

describe("trade-figure rows", () => {
  it("accepts the template's example row and stores a pair in alphabetical order", () => {
    const parsed = tradeFigureInputSchema.parse(rowToInput("tradeFigures", row({ country_a: "TJ", country_b: "KG" })));
    expect([parsed.countryACode, parsed.countryBCode]).toEqual(["KG", "TJ"]);
    expect(parsed.valueUsd).toBe("123456789");
    expect(parsed.newSource?.url).toBe("https://example.org/trade-2024");
  });

  it("reads yes/no in English and Russian", () => {
    const parsed = tradeFigureInputSchema.parse(rowToInput("tradeFigures", row({ value_is_lower_bound: "да", period_inferred: "TRUE" })));
    expect(parsed.isLowerBound).toBe(true);
    expect(parsed.periodInferred).toBe(true);
    expect(rowToInput("tradeFigures", row({ value_is_lower_bound: "maybe" })).isLowerBound).toBe("invalid:maybe");
  });

  it("says which column holds a bad number", () => {
    expect(errorsOf(row({ value_usd: "11.5 bn" }))).toEqual({ value_usd: "validation.amount" });
    expect(errorsOf(row({ value_usd: "-5" }))).toEqual({ value_usd: "validation.positive" });
    expect(errorsOf(row({ value_usd: "1000000000000000" }))).toEqual({ value_usd: "validation.tooLarge" });
    expect(errorsOf(row({ growth_percent: "lots" }))).toEqual({ growth_percent: "validation.percent" });
  });

  it("refuses a missing source, a future period and a period that ends before it starts", () => {
    expect(errorsOf(row({ source_title: "", source_url: "" }))).toEqual({ source_ids: "validation.sourceRequired" });
    expect(errorsOf(row({ period_end: "3000-12-31" }))).toEqual({ period_end: "validation.dateInFuture" });
    expect(errorsOf(row({ period_start: "2024-06-01", period_end: "2024-01-31" }))).toEqual({ period_end: "validation.periodOrder" });
  });

  it("holds each scope to its countries", () => {
    expect(errorsOf(row({ scope: "INTRA_REGIONAL" }))).toEqual({ country_a: "validation.noCountryForScope", country_b: "validation.noCountryForScope" });
    expect(errorsOf(row({ country_b: "KG" }))).toEqual({ country_b: "validation.sameCountry" });
    expect(errorsOf(row({ scope: "PARTNER_REGION", country_a: "AZ", country_b: "" }))).toEqual({});
    expect(errorsOf(row({ scope: "PARTNER_REGION", country_a: "", country_b: "" }))).toEqual({ country_a: "validation.partnerCountryRequired" });
    expect(errorsOf(row({ scope: "WORLD" }))).toEqual({ scope: "validation.unknownOption" });
    expect(errorsOf(row({ country_a: "Kazakhstan" }))).toEqual({ country_a: "validation.countryCode" });
  });

  it("needs a value unless a growth rate is given", () => {
    expect(errorsOf(row({ value_usd: "" }))).toEqual({ value_usd: "validation.valueOrGrowth" });
    expect(errorsOf(row({ value_usd: "", growth_percent: "+13" }))).toEqual({});
  });
});

describe("venture rows", () => {
  it("reads partners as Company:CC separated by |", () => {
    const plain = { secondCountryCode: "", countryInferred: "" };
    expect(parsePartners("UzAuto Motors:UZ|SaryarkaAvtoProm:KZ")).toEqual([
      { companyName: "UzAuto Motors", countryCode: "UZ", ...plain },
      { companyName: "SaryarkaAvtoProm", countryCode: "KZ", ...plain },
    ]);
    expect(parsePartners("Alliance: Kazakh–Uzbek company:KZ | no country")).toEqual([
      { companyName: "Alliance: Kazakh–Uzbek company", countryCode: "KZ", ...plain },
      { companyName: "no country", countryCode: "", ...plain },
    ]);
  });

  it("reads a binational company (KZ+UZ), an unnamed partner (:UZ) and an inferred country (?)", () => {
    expect(parsePartners("Alliance:KZ+UZ|:UZ?|AgromashHoldingKZ:KZ?")).toEqual([
      { companyName: "Alliance", countryCode: "KZ", secondCountryCode: "UZ", countryInferred: "" },
      { companyName: "", countryCode: "UZ", secondCountryCode: "", countryInferred: "on" },
      { companyName: "AgromashHoldingKZ", countryCode: "KZ", secondCountryCode: "", countryInferred: "on" },
    ]);
    const parsed = ventureInputSchema.parse(rowToInput("ventures", { ...EXAMPLE_ROWS.ventures, partners: "Alliance:KZ+UZ|:UZ?" }));
    expect(parsed.partners).toEqual([
      { companyName: "Alliance", countryCode: "KZ", secondCountryCode: "UZ", countryInferred: false },
      { companyName: null, countryCode: "UZ", secondCountryCode: null, countryInferred: true },
    ]);
  });

  it("points a partner without a country at the partners column", () => {
    const result = ventureInputSchema.safeParse(rowToInput("ventures", { ...EXAMPLE_ROWS.ventures, partners: "Example Textiles LLC" }));
    expect(result.success).toBe(false);
    const [path] = Object.keys(fieldErrorsOf(result.error!));
    expect(columnOf(path!)).toBe("partners");
  });

  it("accepts the template's example row with its source id", () => {
    const parsed = ventureInputSchema.parse(rowToInput("ventures", EXAMPLE_ROWS.ventures));
    expect(parsed.partners).toHaveLength(2);
    expect(parsed.citations).toEqual([{ id: null, sourceId: "src-s2", quote: null, quoteEn: null }]);
  });

  it("reads the quote's English translation from source_quote_en, and points a translation without its quote at that column", () => {
    const row = {
      ...EXAMPLE_ROWS.ventures,
      source_quote: "в Туркестане была запущена швейная фабрика Turkestan Textile.",
      source_quote_en: "in Turkestan the Turkestan Textile sewing factory was launched.",
    };
    expect(ventureInputSchema.parse(rowToInput("ventures", row)).citations[0]).toMatchObject({ quote: row.source_quote, quoteEn: row.source_quote_en });
    const result = ventureInputSchema.safeParse(rowToInput("ventures", { ...row, source_quote: "" }));
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(Object.keys(errors).map(columnOf)).toEqual(["source_quote_en"]);
  });
});

describe("templates", () => {
  it("download with a BOM and read back as the header and the example row", async () => {
    for (const kind of ["tradeFigures", "ventures"] as const) {
      const download = await csvResponse("template.csv", COLUMNS[kind], [templateRow(kind)]);
      // Response.text() would drop the byte-order mark that Excel needs; read it as it is.
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await download.arrayBuffer());
      expect(text.startsWith("\uFEFF")).toBe(true);
      const csv = parseCsv(text);
      if (!csv.ok) throw new Error(csv.error);
      expect(csv.header).toEqual([...COLUMNS[kind]]);
      expect(Object.fromEntries(csv.header.map((h, i) => [h, csv.rows[0]!.cells[i]]))).toEqual(EXAMPLE_ROWS[kind]);
    }
  });
});
