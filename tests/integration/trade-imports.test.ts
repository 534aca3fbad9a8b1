import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { planStatisticsImport, runStatisticsImport, undoStatisticsImport, type StatisticsUpload } from "@/lib/records/trade-imports";
import { listTradeFigures } from "@/lib/queries/trade";
import { deleteImportLayout, findImportLayout, saveImportLayout } from "@/lib/records/import-layouts";
import { createActorsOfEveryRole } from "@/tests/factories/actors";
import { trackNewRecords } from "@/tests/support/new-records";

// Official statistics imported as ministry staff would: a dry run, the import, the same file
// again (all unchanged), a revised release (three revisions, the earlier values kept), undo.

const FIXTURES = "tests/fixtures/trade-stats";
const fixture = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}/${name}`));
const source = { title: "SYNTHETIC Comtrade extract for tests", publisher: "Test publisher", releasedOn: "2026-06-30", url: "https://example.org/comtrade" };
const comtrade = (name: string, overrides: Partial<StatisticsUpload> = {}): StatisticsUpload => ({
  bytes: fixture(name),
  fileName: name,
  settings: { preset: "comtrade" },
  source,
  ...overrides,
});

let actors: Awaited<ReturnType<typeof createActorsOfEveryRole>>;
let cleanUp: () => Promise<void>;
beforeAll(async () => {
  cleanUp = await trackNewRecords(prisma);
  actors = await createActorsOfEveryRole(prisma);
});
afterAll(() => cleanUp());

const reported = () => prisma.tradeFigure.count({ where: { reporterCode: { not: null }, deletedAt: null } });

describe("importing official trade statistics", () => {
  let firstImport = "";

  it("refuses anyone who may not import, and writes nothing", async () => {
    for (const actor of [actors.anonymous, actors.viewer]) {
      expect(await planStatisticsImport(prisma, actor, comtrade("SYNTHETIC-comtrade-2019-2023.csv"))).toMatchObject({ ok: false });
      expect(await runStatisticsImport(prisma, actor, comtrade("SYNTHETIC-comtrade-2019-2023.csv"))).toMatchObject({ ok: false });
    }
    expect(await reported()).toBe(0);
  });

  it("dry-runs a Comtrade file: what would be added, what is skipped and why, writing nothing", async () => {
    const plan = await planStatisticsImport(prisma, actors.editor, comtrade("SYNTHETIC-comtrade-2019-2023.csv"));
    if (!plan.ok) throw new Error(plan.problem);
    // 5 years × 6 reporters × 5 partners × 2 flows.
    expect(plan.counts).toEqual({ added: 300, revised: 0, unchanged: 0, skipped: 120, wrong: 0 });
    expect(plan.skippedBy).toEqual({ partnerNotFollowed: 60, notTotal: 30, reExport: 30 });
    expect(await reported()).toBe(0);
  });

  it("refuses a file without its source's title, publisher and date, writing nothing", async () => {
    const result = await runStatisticsImport(
      prisma,
      actors.editor,
      comtrade("SYNTHETIC-comtrade-2019-2023.csv", { source: { title: " ", publisher: "", releasedOn: "30.06.2026" } }),
    );
    expect(result).toMatchObject({
      ok: false,
      problem: "sourceInvalid",
      fieldErrors: { title: expect.anything(), publisher: expect.anything(), releasedOn: expect.anything() },
    });
    expect(await reported()).toBe(0);
  });

  it("imports it as one audited event: figures citing one statistics source, the stated series untouched", async () => {
    const statedBefore = (await listTradeFigures()).total;
    const result = await runStatisticsImport(prisma, actors.editor, comtrade("SYNTHETIC-comtrade-2019-2023.csv"));
    if (!result.ok) throw new Error(result.problem);
    firstImport = result.importId;
    expect(await reported()).toBe(300);
    const figure = await prisma.tradeFigure.findFirstOrThrow({
      where: { reporterCode: "KZ", countryACode: "KZ", countryBCode: "UZ", flow: "EXPORT", periodStart: new Date("2023-01-01") },
      include: { citations: { include: { source: true } } },
    });
    expect(figure).toMatchObject({ scope: "BILATERAL", frequency: "YEAR", importId: firstImport, releasedOn: new Date("2026-06-30") });
    expect(figure.citations.map((c) => c.source)).toEqual([
      expect.objectContaining({
        kind: "STATISTICS",
        titleEn: source.title,
        publisher: source.publisher,
        url: source.url,
        fileName: "SYNTHETIC-comtrade-2019-2023.csv",
      }),
    ]);
    // The file's value, to the cent: the CSV's row for KZ → UZ exports in 2023.
    const line = readFileSync(`${FIXTURES}/SYNTHETIC-comtrade-2019-2023.csv`, "utf8")
      .split("\r\n")
      .find((l) => l.startsWith("C,A,20230101,2023,52,2023,398,KAZ,Kazakhstan,X,Export,860,"))!;
    expect(figure.valueUsd!.toFixed(2)).toBe(line.split(",")[19]);
    const audit = await prisma.auditLog.findMany({ where: { OR: [{ entityId: firstImport }, { entityId: result.sourceId }] }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.entity, a.action])).toEqual([
      ["source", "CREATE"],
      ["tradeImport", "CREATE"],
    ]);
    expect(audit[1]!.after).toMatchObject({ added: 300, revised: 0, skipped: 120, fileName: "SYNTHETIC-comtrade-2019-2023.csv" });
    expect((await listTradeFigures()).total).toBe(statedBefore);
  });

  it("finds the same file again unchanged, and refuses to import nothing", async () => {
    const plan = await planStatisticsImport(prisma, actors.editor, comtrade("SYNTHETIC-comtrade-2019-2023.csv"));
    expect(plan).toMatchObject({ ok: true, counts: { added: 0, revised: 0, unchanged: 300 } });
    expect(await runStatisticsImport(prisma, actors.editor, comtrade("SYNTHETIC-comtrade-2019-2023.csv"))).toMatchObject({
      ok: false,
      problem: "nothingToImport",
    });
  });

  it("imports a revised release: three figures revised, their earlier values kept with their source", async () => {
    const revised = comtrade("SYNTHETIC-comtrade-2019-2023-revised.csv", {
      source: { ...source, title: "SYNTHETIC Comtrade extract, revised", releasedOn: "2026-09-30" },
    });
    const plan = await planStatisticsImport(prisma, actors.editor, revised);
    if (!plan.ok) throw new Error(plan.problem);
    expect(plan.counts).toMatchObject({ added: 0, revised: 3, unchanged: 297 });
    const before = await prisma.tradeFigure.findFirstOrThrow({
      where: { reporterCode: "KZ", countryBCode: "UZ", flow: "EXPORT", periodStart: new Date("2023-01-01") },
    });
    const result = await runStatisticsImport(prisma, actors.editor, revised);
    if (!result.ok) throw new Error(result.problem);
    const after = await prisma.tradeFigure.findUniqueOrThrow({ where: { id: before.id }, include: { revisions: true, citations: true } });
    expect(after.valueUsd!.toNumber()).toBeCloseTo(before.valueUsd!.toNumber() * 1.1, 1);
    expect(after).toMatchObject({ importId: result.importId, releasedOn: new Date("2026-09-30"), version: before.version + 1 });
    expect(after.citations.map((c) => c.sourceId)).toEqual([result.sourceId]);
    expect(after.revisions).toEqual([
      expect.objectContaining({ valueUsd: before.valueUsd, releasedOn: new Date("2026-06-30"), importId: firstImport, replacedByImportId: result.importId }),
    ]);
    expect(await prisma.tradeFigureRevision.count({ where: { replacedByImportId: result.importId } })).toBe(3);
  });

  it("will not undo an import whose figures a later one revised; undoes the later one, then the first", async () => {
    expect(await undoStatisticsImport(prisma, actors.editor, firstImport)).toEqual({ ok: false, problem: "revisedSince" });
    const later = await prisma.tradeImport.findFirstOrThrow({ where: { undoneAt: null, id: { not: firstImport } }, orderBy: { at: "desc" } });
    const revisedId = (await prisma.tradeFigureRevision.findFirstOrThrow({ where: { replacedByImportId: later.id } })).figureId;
    expect(await undoStatisticsImport(prisma, actors.editor, later.id)).toEqual({ ok: true });
    const restored = await prisma.tradeFigure.findUniqueOrThrow({ where: { id: revisedId }, include: { citations: true, revisions: true } });
    expect(restored).toMatchObject({ importId: firstImport, releasedOn: new Date("2026-06-30"), revisions: [] });
    expect(restored.citations.map((c) => c.sourceId)).toEqual([(await prisma.tradeImport.findUniqueOrThrow({ where: { id: firstImport } })).sourceId]);
    expect(await undoStatisticsImport(prisma, actors.editor, later.id)).toEqual({ ok: false, problem: "alreadyUndone" });

    expect(await undoStatisticsImport(prisma, actors.editor, firstImport)).toEqual({ ok: true });
    expect(await reported()).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "tradeImport", entityId: firstImport, action: "DELETE" } });
    expect(audit.userId).toBe(actors.editor.id);
  });

  it("reads a statistics office's XLSX wide table in thousands, skipping what is not a figure", async () => {
    const upload: StatisticsUpload = {
      bytes: fixture("SYNTHETIC-statoffice-KZ-exports.xlsx"),
      fileName: "SYNTHETIC-statoffice-KZ-exports.xlsx",
      settings: { preset: "wide", reporter: "KZ", flow: "EXPORT", scale: 3 },
      source: { title: "SYNTHETIC statistics office table", publisher: "Test office", releasedOn: "2026-03-01" },
    };
    const plan = await planStatisticsImport(prisma, actors.editor, upload);
    if (!plan.ok) throw new Error(plan.problem);
    expect(plan).toMatchObject({ sheets: ["Exports", "Notes"], sheet: "Exports", counts: { added: 24, skipped: 3, wrong: 0 } });
    expect(plan.skippedBy).toEqual({ partnerNotFollowed: 2, noValue: 1 } as typeof plan.skippedBy);
    const cell = plan.cells.find((c) => c.outcome === "figure")!;
    expect(cell.outcome === "figure" && Number(cell.figure.valueUsd)).toBeCloseTo(Number(cell.outcome === "figure" && cell.read) * 1000, 2);
    expect(await planStatisticsImport(prisma, actors.editor, { ...upload, sheet: "Imports" })).toEqual({
      ok: false,
      problem: "noSuchSheet",
      sheet: "Imports",
      sheets: ["Exports", "Notes"],
    });
  });
});

describe("npm run data:import", () => {
  const run = promisify(execFile);
  const cli = (args: string[]) =>
    run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/data-import.ts", ...args], {
      env: { ...process.env },
      encoding: "utf8",
    }).then(
      (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
    );

  it("prints the dry run's summary, imports as the account named by --as, and exits non-zero on a wrong row", async () => {
    const common = [
      "--preset",
      "comtrade",
      "--as",
      actors.editor.email,
      "--source-title",
      "SYNTHETIC CLI test",
      "--source-publisher",
      "Test",
      "--source-date",
      "2026-01-15",
    ];
    const dry = await cli([...common, "--dry-run", `${FIXTURES}/SYNTHETIC-comtrade-2019-2023.csv`]);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.out).toContain("New: 300  Revised: 0  Unchanged: 0  Skipped: 120  Wrong: 0");
    expect(dry.out).toContain("skipped 60: the partner is not one of the six countries");
    expect(await reported()).toBe(0);

    const done = await cli([...common, `${FIXTURES}/SYNTHETIC-comtrade-2019-2023.csv`]);
    expect(done).toMatchObject({ code: 0 });
    expect(done.out).toMatch(/Imported in [\d.]+ s: import \w+/);
    expect(await reported()).toBe(300);

    const wrongFile = path.join(mkdtempSync(path.join(tmpdir(), "camon-cli-")), "one-wrong-row.csv");
    writeFileSync(wrongFile, "freqCode,period,reporterISO,flowCode,partnerISO,cmdCode,primaryValue\nA,2018,KAZ,X,UZB,TOTAL,-5\nA,2018,KAZ,M,UZB,TOTAL,7\n");
    const wrong = await cli([...common, "--dry-run", wrongFile]);
    expect(wrong).toMatchObject({ code: 1 });
    expect(wrong.out).toContain("New: 1  Revised: 0  Unchanged: 0  Skipped: 0  Wrong: 1");
    expect(wrong.out).toContain("wrong, line 2: a negative value (“-5”)");
    expect(await reported()).toBe(300);
  }, 120_000);
});

describe("a table mapped column by column, saved as a layout", () => {
  const name = "SYNTHETIC Uzbek office, monthly by partner";
  const fields = {
    preset: "columns",
    reporterColumn: "Отчитывающаяся страна",
    partnerColumn: "Страна-партнёр",
    periodColumn: "Год",
    monthColumn: "Месяц",
    flowColumn: "Направление",
    valueColumn: "Стоимость, тыс. долл. США",
    scale: "3",
    // The form also sends the country and flow menus; a layout reading both from columns drops them.
    reporter: "KZ",
    flow: "EXPORT",
  };
  const layouts = () => prisma.importLayout.findMany({ where: { name } });
  const audited = (action: "CREATE" | "DELETE") => prisma.auditLog.count({ where: { entity: "importLayout", action, user: { email: actors.editor.email } } });

  it("saves a layout once under its name, audited; refuses a taken name, an incomplete layout and a viewer", async () => {
    expect(await saveImportLayout(prisma, actors.viewer, { name, fields })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await saveImportLayout(prisma, actors.editor, { name, fields: { ...fields, valueColumn: "" } })).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { fields: { key: "validation.layoutIncomplete" } },
    });
    expect(await layouts()).toHaveLength(0);

    expect(await saveImportLayout(prisma, actors.editor, { name: ` ${name} `, fields })).toMatchObject({ ok: true });
    expect(await saveImportLayout(prisma, actors.editor, { name, fields: { ...fields, scale: "6" } })).toMatchObject({
      ok: false,
      fieldErrors: { name: { key: "validation.layoutNameTaken" } },
    });
    const [saved] = await layouts();
    const { reporter: _reporter, flow: _flow, ...used } = fields;
    expect(saved!.fields).toEqual(used);
    expect(await audited("CREATE")).toBe(1);
  });

  it("dry-runs an office's long XLSX through the saved layout, from the workspace and the command line", async () => {
    const settings = await findImportLayout(prisma, name);
    expect(settings).toMatchObject({ preset: "columns", scale: 3 });
    const plan = await planStatisticsImport(prisma, actors.editor, {
      bytes: fixture("SYNTHETIC-statoffice-UZ-monthly-long.xlsx"),
      fileName: "SYNTHETIC-statoffice-UZ-monthly-long.xlsx",
      settings: settings!,
      source,
    });
    if (!plan.ok) throw new Error(plan.problem);
    // Five partners × twelve months × two flows; the total over all partners and a re-export skipped.
    expect(plan.counts).toMatchObject({ added: 120, skipped: 25, wrong: 0 });
    expect(plan.skippedBy).toEqual({ partnerNotFollowed: 24, reExport: 1 });

    const run = promisify(execFile);
    const cli = (layout: string) =>
      run(
        process.execPath,
        [
          "--conditions=react-server",
          "--import",
          "tsx",
          "scripts/data-import.ts",
          "--layout",
          layout,
          "--as",
          actors.editor.email,
          "--source-title",
          "SYNTHETIC",
          "--source-publisher",
          "Test",
          "--dry-run",
          `${FIXTURES}/SYNTHETIC-statoffice-UZ-monthly-long.xlsx`,
        ],
        { env: { ...process.env }, encoding: "utf8" },
      ).then(
        (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
      );
    const dry = await cli(name);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.out).toContain("New: 120  Revised: 0  Unchanged: 0  Skipped: 25  Wrong: 0");
    const unknown = await cli("No such layout");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain(`--layout: no saved layout “No such layout”. Saved: `);
    expect(unknown.err).toContain(`“${name}”`);
  }, 120_000);

  it("deletes a saved layout, audited, and says so when it is already gone", async () => {
    const [saved] = await layouts();
    expect(await deleteImportLayout(prisma, actors.viewer, saved!.id)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await deleteImportLayout(prisma, actors.editor, saved!.id)).toMatchObject({ ok: true });
    expect(await deleteImportLayout(prisma, actors.editor, saved!.id)).toMatchObject({ ok: false, error: "notFound" });
    expect(await layouts()).toHaveLength(0);
    expect(await audited("DELETE")).toBe(1);
  });
});
