import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { checkImport, MAX_IMPORT_ROWS, runImport } from "@/lib/import/run-import";
import { COLUMNS } from "@/lib/import/kinds";
import { BULK_CHUNK } from "@/lib/records/bulk-insert";
import { deleteRecord } from "@/lib/records/lifecycle";
import { createActorsOfEveryRole } from "@/tests/factories/actors";
import { UNSEEDED_PAIRS, uniqueSeries } from "@/tests/factories/trade-figures";
import { isoDay } from "@/lib/format";
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

/**
 * `count` rows no other test writes: one-day periods (the other tests' figures span a week),
 * pair by pair from the day `firstDay` days after 1 January 1992.
 */
function distinctFigureLines(count: number, firstDay: number, overrides: Parameters<typeof figureLine>[0] = {}) {
  return Array.from({ length: count }, (_, i) => {
    const day = isoDay(new Date(Date.UTC(1992, 0, 1 + firstDay + Math.floor(i / UNSEEDED_PAIRS.length))));
    const [a, b] = UNSEEDED_PAIRS[i % UNSEEDED_PAIRS.length]!;
    return figureLine({ a, b, start: day, end: day, ...overrides });
  });
}
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
    expect(await check(`${HEADER}\r\n${`${figureLine()}\r\n`.repeat(MAX_IMPORT_ROWS + 1)}`)).toEqual({
      ok: false,
      error: "tooManyRows",
      max: MAX_IMPORT_ROWS,
      rows: MAX_IMPORT_ROWS + 1,
    });
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
    expect(progress).toEqual([3]);
    // Three figures and the one new source, each with its CREATE entry.
    expect(await counts()).toEqual({
      ...before,
      figures: before.figures + 3,
      sources: before.sources + 1,
      citations: before.citations + 3,
      audit: before.audit + 4,
    });
    const audit = await prisma.auditLog.findMany({
      where: { entityId: { in: result.ids } },
      select: { entity: true, action: true, userId: true, after: true },
    });
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.entity === "tradeFigure" && a.action === "CREATE" && a.userId === actors.editor.id)).toBe(true);
    const figures = await prisma.tradeFigure.findMany({
      where: { id: { in: result.ids } },
      include: { citations: { include: { source: true } } },
      orderBy: { isLowerBound: "asc" },
    });
    expect(figures.map((f) => f.valueUsd?.toFixed(2))).toEqual(["1234567.50", "1234567.50", "1234567.50"]);
    expect(figures.at(-1)!.isLowerBound).toBe(true);
    expect(new Set(figures.slice(1).map((f) => f.citations[0]!.source.url))).toEqual(new Set(["https://example.org/import-test"]));
    // The probe: an import created sources without an audit entry.
    const source = figures.at(-1)!.citations[0]!.source;
    expect(await prisma.auditLog.findMany({ where: { entity: "source", entityId: source.id }, select: { action: true, userId: true, after: true } })).toEqual([
      {
        action: "CREATE",
        userId: actors.editor.id,
        after: expect.objectContaining({ titleEn: "Example: statistics office release", url: "https://example.org/import-test" }),
      },
    ]);
    // Each figure's audit entry is the one a form's save writes.
    const [entry] = audit.filter((a) => (a.after as { sources: string }).sources === source.id);
    expect(entry?.after).toMatchObject({ scope: "BILATERAL", valueUsd: "1234567.50", sources: source.id, version: 1, deletedAt: null });
  });

  it("rolls back the rows already written when the import fails part-way", async () => {
    const before = await counts();
    const failing = runImport(prisma, actors.editor, { kind: "tradeFigures", text: file(...distinctFigureLines(BULK_CHUNK + 1, 10_000)) }, (done) => {
      if (done === BULK_CHUNK) throw new Error("the server stopped");
    });
    await expect(failing).rejects.toThrow("the server stopped");
    expect(await counts()).toEqual(before);
  });

  it("refuses the whole file, naming the row, when a source was deleted after the dry run", async () => {
    const source = await prisma.source.create({ data: { titleRu: "Временный источник", titleEn: "Short-lived source", language: "en" } });
    const text = file(figureLine(), figureLine({ ids: source.id }));
    expect(await checkImport(prisma, actors.editor, { kind: "tradeFigures", text })).toMatchObject({ ok: true, errorCount: 0 });
    await prisma.source.update({ where: { id: source.id }, data: { deletedAt: new Date() } });
    const before = await counts();
    const result = await runImport(prisma, actors.editor, { kind: "tradeFigures", text });
    expect(result).toMatchObject({ ok: false, error: "rowsInvalid", check: { errorCount: 1 } });
    expect(!result.ok && result.error === "rowsInvalid" && result.check.ok && result.check.rows[1]!.errors).toEqual([
      { column: "source_ids", key: "import.unknownSource", values: { id: source.id } },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("keeps a source it is citing from being deleted until its rows are written", async () => {
    const source = await prisma.source.create({ data: { titleRu: "Источник импорта", titleEn: "Source of an import", language: "en" } });
    let deletion: Promise<unknown> | undefined;
    const result = await runImport(
      prisma,
      actors.editor,
      { kind: "tradeFigures", text: file(...distinctFigureLines(BULK_CHUNK + 1, 11_000, { ids: source.id })) },
      (done) => {
        // An administrator deletes the source while the first rows are written.
        if (done === BULK_CHUNK) deletion = deleteRecord(prisma, actors.admin, { entity: "source", id: source.id });
      },
    );
    expect(result).toMatchObject({ ok: true, imported: BULK_CHUNK + 1 });
    expect(await deletion).toEqual({ ok: false, error: "inUse" });
    expect(await prisma.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ deletedAt: null });
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
    expect(errorsByLine(await checkImport(prisma, actors.admin, { kind: "ventures", text }))).toEqual({
      2: ["name_ru: import.duplicateInDatabase"],
      3: ["name_ru: import.duplicateInDatabase"],
    });
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

describe("CSV import at size and side by side", () => {
  // The probe: a 20,000-row file held one connection for about 5.5 minutes, row by row.
  it("writes a 20,000-row file in one transaction of bulk statements, every row with its citation and audit entry", async () => {
    const before = await counts();
    const text = file(...distinctFigureLines(MAX_IMPORT_ROWS, 0));
    const result = await runImport(prisma, actors.editor, { kind: "tradeFigures", text });
    expect(result).toMatchObject({ ok: true, imported: MAX_IMPORT_ROWS });
    expect(await counts()).toEqual({
      ...before,
      figures: before.figures + MAX_IMPORT_ROWS,
      citations: before.citations + MAX_IMPORT_ROWS,
      audit: before.audit + MAX_IMPORT_ROWS,
    });
    if (!result.ok) return;
    expect(await prisma.auditLog.count({ where: { entity: "tradeFigure", action: "CREATE", entityId: { in: result.ids.slice(-1000) } } })).toBe(1000);
  }, 120_000);

  // The probe: two imports of the same 300-row file at once made 600 rows.
  it("writes each row once when the same file is imported twice at once", async () => {
    const before = await counts();
    const text = file(...distinctFigureLines(300, 8_000));
    const results = await Promise.all([
      runImport(prisma, actors.editor, { kind: "tradeFigures", text }),
      runImport(prisma, actors.admin, { kind: "tradeFigures", text }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const other = results.find((r) => !r.ok)!;
    // Refused as busy while the first writes, or, had it come after, for its duplicates.
    expect(other.ok === false && ["busy", "rowsInvalid"].includes(other.error)).toBe(true);
    expect((await counts()).figures).toBe(before.figures + 300);
  });

  // The probe: nine imports at once held all 8 pooled connections idle in transaction; visitors' requests hung.
  it("runs one import of a kind at a time and tells the others so, leaving connections for visitors", async () => {
    const before = await counts();
    const files = Array.from({ length: 9 }, (_, i) => file(...distinctFigureLines(1500, 8_500 + i * 200)));
    const imports = files.map((text) => runImport(prisma, actors.editor, { kind: "tradeFigures", text }));
    // A visitor's query in the meantime gets a connection.
    const visitor = prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
    expect(await visitor).toEqual([{ one: 1 }]);
    const results = await Promise.all(imports);
    expect(results.every((r) => r.ok || r.error === "busy")).toBe(true);
    const imported = results.filter((r) => r.ok).length;
    expect(imported).toBeGreaterThanOrEqual(1);
    expect(results.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(1);
    expect((await counts()).figures).toBe(before.figures + 1500 * imported);
  }, 120_000);
});
