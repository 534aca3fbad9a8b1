import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv } from "@/lib/import/csv-parse";

function rowsOf(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("parseCsv", () => {
  it("reads a header and rows separated by commas", () => {
    const csv = rowsOf("scope,value_usd\nINTRA_REGIONAL,11500000000\n");
    expect(csv.delimiter).toBe(",");
    expect(csv.header).toEqual(["scope", "value_usd"]);
    expect(csv.rows).toEqual([{ line: 2, cells: ["INTRA_REGIONAL", "11500000000"] }]);
  });

  it("reads what Excel in a Russian locale writes: BOM, semicolons, CRLF, decimal commas", () => {
    const csv = rowsOf("\uFEFFscope;value_usd;note_ru\r\nBILATERAL;3200000000,50;январь–октябрь\r\n");
    expect(csv.delimiter).toBe(";");
    expect(csv.header).toEqual(["scope", "value_usd", "note_ru"]);
    expect(csv.rows[0]!.cells).toEqual(["BILATERAL", "3200000000,50", "январь–октябрь"]);
  });

  it("keeps separators, doubled quotes and line breaks inside quoted cells", () => {
    const csv = rowsOf('name,quote\r\n"UzAuto, Motors","He said ""more than $3bn""\r\nin 2020"\r\nnext,row\r\n');
    expect(csv.rows[0]).toEqual({ line: 2, cells: ["UzAuto, Motors", 'He said "more than $3bn"\r\nin 2020'] });
    // The record after a two-line cell starts on line 4 of the file.
    expect(csv.rows[1]).toEqual({ line: 4, cells: ["next", "row"] });
  });

  it("keeps a semicolon inside quotes when the file is semicolon-separated", () => {
    const csv = rowsOf('a;b\n"x;y";z\n');
    expect(csv.rows[0]!.cells).toEqual(["x;y", "z"]);
  });

  it("skips blank lines, trims unquoted cells, lowercases the header and reads a last line without a line end", () => {
    const csv = rowsOf("Scope , Value_USD\n\n INTRA_REGIONAL , 1 \n\nBILATERAL,2");
    expect(csv.header).toEqual(["scope", "value_usd"]);
    expect(csv.rows.map((r) => [r.line, r.cells])).toEqual([
      [3, ["INTRA_REGIONAL", "1"]],
      [5, ["BILATERAL", "2"]],
    ]);
  });

  it("keeps empty cells, including a trailing one", () => {
    expect(rowsOf("a,b,c\n1,,\n").rows[0]!.cells).toEqual(["1", "", ""]);
  });

  it("refuses an unterminated quote and names the line it starts on", () => {
    expect(parseCsv('a,b\n1,2\n"never closed,3\n4,5\n')).toEqual({ ok: false, error: "unterminatedQuote", line: 3 });
  });

  it("refuses an empty file, or one holding only a BOM and blank lines", () => {
    expect(parseCsv("")).toEqual({ ok: false, error: "empty", line: 1 });
    expect(parseCsv("\uFEFF\r\n\r\n")).toEqual({ ok: false, error: "empty", line: 1 });
  });
});

describe("detectDelimiter", () => {
  it("counts only the header line and ignores quoted separators", () => {
    expect(detectDelimiter('"a,b,c";d;e\n1,2,3,4')).toBe(";");
    expect(detectDelimiter("a,b;c,d\n;;;;;")).toBe(",");
    expect(detectDelimiter("single")).toBe(",");
  });
});
