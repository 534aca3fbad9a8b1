import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { checkImport, MAX_IMPORT_ROWS, runImport } from "@/lib/import/run-import";
import { COLUMNS } from "@/lib/import/kinds";
import { createActorsOfEveryRole } from "@/tests/factories/actors";
import { uniqueSeries } from "@/tests/factories/trade-figures";
import { trackNewRecords } from "@/tests/support/new-records";

let actors: Awaited<ReturnType<typeof createActorsOfEveryRole>>;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  cleanUp = await trackNewRecords(prisma);
  actors = await createActorsOfEveryRole(prisma);
});
afterAll(() => cleanUp());

const counts = async () => ({
  figures: await prisma.tradeFigure.count(),
  ventures: await prisma.jointVenture.count(),
  sources: await prisma.source.count(),
  citations: await prisma.citation.count(),
  audit: await prisma.auditLog.count(),
});

const HEADER = "scope;country_a;country_b;period_start;period_end;value_usd;value_is_lower_bound;note_en;source_ids;source_title;source_url";

/** A semicolon-separated trade-figure row, as Excel in a Russian locale writes it. */
function figureLine(overrides: Partial<Record<"scope" | "a" | "b" | "start" | "end" | "value" | "lower" | "note" | "ids" | "title" | "url", string>> = {}) {
  const series = uniqueSeries();
  const cells = {
    scope: "BILATERAL",
    a: series.countryACode,
    b: series.countryBCode,
    start: series.periodStart,
    end: series.periodEnd,
    value: "1234567,50",
    lower: "нет",
    note: '"Imported; with a ""quote"""',
    ids: "src-s2",
    title: "",
    url: "",
    ...overrides,
  };
  return [cells.scope, cells.a, cells.b, cells.start, cells.end, cells.value, cells.lower, cells.note, cells.ids, cells.title, cells.url].join(";");
}

const file = (...lines: string[]) => `\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`;
const errorsByLine = (check: Awaited<ReturnType<typeof checkImport>>) =>
  check.ok ? Object.fromEntries(check.rows.filter((r) => r.errors.length > 0).map((r) => [r.line, r.errors.map((e) => `${e.column}: ${e.key}`)])) : check;

describe("CSV import: dry run", () => {
  it("reports every row's errors and writes nothing", async () => {
    const before = await counts();
    const repeated = figureLine();
    const check = await checkImport(prisma, actors.editor, {
      kind: "tradeFigures",
      text: file(
        figureLine(),
        figureLine({ value: "3 млрд" }),
        figureLine({ a: "XX", b: "KG" }),
        figureLine({ ids: "" }),
        repeated,
        repeated,
        figureLine({ scope: "INTRA_REGIONAL", a: "", b: "", start: "2024-01-01", end: "2024-12-31" }),
        figureLine({ ids: "src-nowhere" }),
        figureLine({ lower: "perhaps" }),
        figureLine({ value: "lots", a: "KG", b: "XX", ids: "src-s2|src-gone" }),
      ),
    });
    expect(check).toMatchObject({ ok: true, kind: "tradeFigures", errorCount: 8 });
    expect(errorsByLine(check)).toEqual({
      3: ["value_usd: validation.amount"],
      4: ["country_a: import.unknownCountry"],
      5: ["source_ids: validation.sourceRequired"],
      7: ["period_start: import.duplicateInFile"],
      8: ["period_start: import.duplicateInDatabase"],
      9: ["source_ids: import.unknownSource"],
      10: ["value_is_lower_bound: validation.yesNo"],
      // A row the schema refuses still has its countries and sources checked.
      11: ["value_usd: validation.amount", "country_b: import.unknownCountry", "source_ids: import.unknownSource"],
    });
    expect(check.ok && check.rows[0]!.cells.note_en).toBe('Imported; with a "quote"');
    expect(await counts()).toEqual(before);
  });

  it("refuses files it cannot read, naming the problem", async () => {
    const check = (text: string) => checkImport(prisma, actors.editor, { kind: "tradeFigures", text });
    expect(await check("")).toEqual({ ok: false, error: "empty" });
    expect(await check(`${HEADER}\r\n`)).toEqual({ ok: false, error: "noRows" });
    expect(await check(`${HEADER};colour\r\n${figureLine()};red\r\n`)).toEqual({ ok: false, error: "unknownColumns", columns: "colour" });
    expect(await check("country_a,value_usd\r\nKZ,1\r\n")).toEqual({ ok: false, error: "missingColumns", columns: "scope, period_start, period_end" });
    expect(await check(`${HEADER}\r\n"unterminated;1\r\n`)).toEqual({ ok: false, error: "unterminatedQuote", line: 2 });
    expect(await check(`${HEADER}\r\n${`${figureLine()}\r\n`.repeat(MAX_IMPORT_ROWS + 1)}`)).toEqual({ ok: false, error: "tooManyRows", max: MAX_IMPORT_ROWS, rows: MAX_IMPORT_ROWS + 1 });
    expect(await check("x".repeat(5 * 1024 * 1024 + 1))).toEqual({ ok: false, error: "tooLarge", maxMb: 5 });
  });

  it.each([
    ["anonymous", "unauthenticated"],
    ["viewer", "forbidden"],
  ] as const)("refuses %s", async (who, error) => {
    const before = await counts();
    expect(await checkImport(prisma, actors[who], { kind: "tradeFigures", text: file(figureLine()) })).toEqual({ ok: false, error });
    expect(await runImport(prisma, actors[who], { kind: "tradeFigures", text: file(figureLine()) })).toEqual({ ok: false, error });
    expect(await counts()).toEqual(before);
  });
});

describe("CSV import: all rows or none", () => {
  it("imports nothing from a file with one bad row", async () => {
    const before = await counts();
    const result = await runImport(prisma, actors.editor, { kind: "tradeFigures", text: file(figureLine(), figureLine(), figureLine({ end: "3000-01-01" })) });
    expect(result).toMatchObject({ ok: false, error: "rowsInvalid", check: { errorCount: 1 } });
    expect(await counts()).toEqual(before);
  });

  it("imports every row of a good file, each with its own audit entry, and shares a new source between rows", async () => {
    const before = await counts();
    const progress: number[] = [];
    const newSource = { ids: "", title: "Example: statistics office release", url: "https://example.org/import-test" };
    const result = await runImport(
      prisma,
      actors.editor,
      { kind: "tradeFigures", text: file(figureLine(), figureLine(newSource), figureLine({ ...newSource, lower: "да" })) },
      (done) => {
        progress.push(done);
      },
    );
    expect(result).toMatchObject({ ok: true, imported: 3 });
    if (!result.ok) return;
    expect(progress).toEqual([1, 2, 3]);
    expect(await counts()).toEqual({ ...before, figures: before.figures + 3, sources: before.sources + 1, citations: before.citations + 3, audit: before.audit + 3 });
    const audit = await prisma.auditLog.findMany({ where: { entityId: { in: result.ids } }, select: { entity: true, action: true, userId: true, after: true } });
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.entity === "tradeFigure" && a.action === "CREATE" && a.userId === actors.editor.id)).toBe(true);
    const figures = await prisma.tradeFigure.findMany({ where: { id: { in: result.ids } }, include: { citations: { include: { source: true } } }, orderBy: { isLowerBound: "asc" } });
    expect(figures.map((f) => f.valueUsd?.toFixed(2))).toEqual(["1234567.50", "1234567.50", "1234567.50"]);
    expect(figures.at(-1)!.isLowerBound).toBe(true);
    expect(new Set(figures.slice(1).map((f) => f.citations[0]!.source.url))).toEqual(new Set(["https://example.org/import-test"]));
  });

  it("rolls back the rows already written when the import fails part-way", async () => {
    const before = await counts();
    const failing = runImport(prisma, actors.editor, { kind: "tradeFigures", text: file(figureLine(), figureLine(), figureLine()) }, (done) => {
      if (done === 2) throw new Error("the server stopped");
    });
    await expect(failing).rejects.toThrow("the server stopped");
    expect(await counts()).toEqual(before);
  });

  it("refuses the whole file, naming the row, when a source is deleted while the import runs", async () => {
    const source = await prisma.source.create({ data: { titleRu: "Временный источник", titleEn: "Short-lived source", language: "en" } });
    const before = await counts();
    const result = await runImport(prisma, actors.editor, { kind: "tradeFigures", text: file(figureLine(), figureLine({ ids: source.id })) }, async (done) => {
      if (done === 1) await prisma.source.update({ where: { id: source.id }, data: { deletedAt: new Date() } });
    });
    expect(result).toMatchObject({ ok: false, error: "rowsInvalid", check: { errorCount: 1 } });
    expect(!result.ok && result.error === "rowsInvalid" && result.check.ok && result.check.rows[1]!.errors).toEqual([{ column: "source_ids", key: "validation.unknownRecord" }]);
    expect(await counts()).toEqual(before);
  });

  it("imports ventures with partners in one cell, through the venture form's schema", async () => {
    const before = await counts();
    const header = "name_ru,name_en,partners,sector,status,investment_usd,source_ids";
    const tag = Date.now().toString(36);
    const text = `${header}\n"СП ${tag}","JV ${tag}","Alpha LLC:UZ|Beta JSC:KZ",TEXTILES,ANNOUNCED,"25 000 000",src-s2\n"СП2 ${tag}","JV2 ${tag}","Gamma:TJ",automotive,operating,,src-s1|src-s2\n`;
    const check = await checkImport(prisma, actors.admin, { kind: "ventures", text });
    expect(errorsByLine(check)).toEqual({});
    const result = await runImport(prisma, actors.admin, { kind: "ventures", text });
    expect(result).toMatchObject({ ok: true, imported: 2 });
    const venture = await prisma.jointVenture.findFirstOrThrow({ where: { nameEn: `JV ${tag}` }, include: { partners: { orderBy: { position: "asc" } } } });
    expect(venture.partners.map((p) => `${p.companyName}:${p.countryCode}`)).toEqual(["Alpha LLC:UZ", "Beta JSC:KZ"]);
    expect(venture.investmentUsd?.toFixed(0)).toBe("25000000");
    expect(await counts()).toMatchObject({ ventures: before.ventures + 2, audit: before.audit + 2 });
    // The same file again: each row is now a likely duplicate of what was imported.
    expect(errorsByLine(await checkImport(prisma, actors.admin, { kind: "ventures", text }))).toEqual({ 2: ["name_ru: import.duplicateInDatabase"], 3: ["name_ru: import.duplicateInDatabase"] });
  });

  it("reports venture rows with unknown partner countries or without partners", async () => {
    const text = `name_ru,name_en,partners,sector,status,source_ids\nА,A,"One:QQ",TEXTILES,ANNOUNCED,src-s2\nБ,B,,TEXTILES,ANNOUNCED,src-s2\nВ,C,"Two:UZ",TEXTILES,BANKRUPT,src-s2\n`;
    expect(errorsByLine(await checkImport(prisma, actors.editor, { kind: "ventures", text }))).toEqual({
      2: ["partners: import.unknownCountry"],
      3: ["partners: validation.partnerRequired"],
      4: ["status: validation.unknownOption"],
    });
  });

  it("offers every column of both kinds in the template", () => {
    expect(COLUMNS.tradeFigures).toContain("growth_percent");
    expect(COLUMNS.ventures).toContain("partners");
  });
});
