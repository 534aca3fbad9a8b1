import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import { AuthorizationError, assertAllowed, type Actor } from "@/lib/auth/permissions";
import { fieldErrorsOf, url, type FieldErrors } from "@/lib/validation/fields";
import { acquireWriteLock, insertRecords, writeAudit, type Tx } from "@/lib/records/mutation";
import { inChunks, insertRows, newId } from "@/lib/records/bulk-insert";
import { readTable, type TableProblem } from "@/lib/trade-stats/table";
import {
  figureKey,
  readRows,
  SKIP_REASONS,
  WRONG_REASONS,
  type LayoutProblem,
  type PresetSettings,
  type ReadCell,
  type SkipReason,
  type StatFigure,
  type WrongReason,
} from "@/lib/trade-stats/presets";
import { isoDay } from "@/lib/format";

// Imports of official trade statistics (issue 17): a file in a preset's layout becomes
// reported figures, each citing one source that says what the file is. The dry run says,
// for every row or cell, whether it would be added, revise a figure (a newer release of the
// same reporter, pair, flow and period), leave one unchanged, be skipped or is wrong, and
// why. The import writes all of it in one transaction, as one audited event that can be
// undone as a whole.

const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

export const statisticsSourceSchema = z.object({
  title: z.string().trim().min(1, { error: "validation.required" }).max(500, { error: "validation.tooLong" }),
  publisher: z.string().trim().min(1, { error: "validation.required" }).max(300, { error: "validation.tooLong" }),
  url,
  releasedOn: z.iso.date({ error: "validation.date" }).transform((day) => new Date(`${day}T00:00:00Z`)),
  language: z.enum(["ru", "en"], { error: "validation.unknownOption" }).default("en"),
});
export type StatisticsSource = z.output<typeof statisticsSourceSchema>;

export type StatisticsUpload = { bytes: Uint8Array; fileName: string; sheet?: string; settings: PresetSettings; source: unknown };

export type Change = "added" | "revised" | "unchanged";
export type PlannedCell = ReadCell & { change?: Change; previousUsd?: string };

export type ImportCounts = { added: number; revised: number; unchanged: number; skipped: number; wrong: number };

export type ImportPlan = {
  ok: true;
  sheets: string[];
  sheet: string | null;
  counts: ImportCounts;
  skippedBy: Partial<Record<SkipReason, number>>;
  wrongBy: Partial<Record<WrongReason, number>>;
  cells: PlannedCell[];
};

export type ImportRefusal =
  | ({ ok: false } & TableProblem)
  | ({ ok: false } & LayoutProblem)
  | { ok: false; problem: "unauthenticated" | "forbidden" | "busy" }
  | { ok: false; problem: "sourceInvalid"; fieldErrors: FieldErrors }
  | { ok: false; problem: "rowsWrong"; plan: ImportPlan }
  | { ok: false; problem: "nothingToImport"; plan: ImportPlan };

/** A refusal's message key (under statsImport.problem) and the values its text names. */
export function refusalMessage(refusal: ImportRefusal): { key: ImportRefusal["problem"]; values: Record<string, string | number> } {
  const details = refusal as { columns?: string[]; found?: string[]; maxMb?: number; line?: number; sheet?: string; sheets?: string[] };
  return {
    key: refusal.problem,
    values: {
      columns: details.columns?.join(", ") ?? "",
      found: details.found?.join(", ") ?? "",
      maxMb: details.maxMb ?? 0,
      line: details.line ?? 0,
      sheet: details.sheet ?? "",
      sheets: details.sheets?.join(", ") ?? "",
    },
  };
}

export type ImportDone = { ok: true; importId: string; sourceId: string; plan: ImportPlan };

/** The dry run: what importing the file would do, against the figures in the database now. Writes nothing. */
export async function planStatisticsImport(db: PrismaClient | Tx, actor: Actor | null, upload: StatisticsUpload): Promise<ImportPlan | ImportRefusal> {
  const refused = allowed(actor);
  if (refused) return refused;
  const table = await readTable(upload.bytes, upload.sheet);
  if (!table.ok) return table;
  const read = readRows(table.rows, upload.settings);
  if (!read.ok) return read;
  const existing = await existingValues(db, read.cells);
  const cells: PlannedCell[] = read.cells.map((cell) => {
    if (cell.outcome !== "figure") return cell;
    const previous = existing.get(figureKey(cell.figure));
    if (!previous) return { ...cell, change: "added" };
    return previous.valueUsd === cell.figure.valueUsd ? { ...cell, change: "unchanged" } : { ...cell, change: "revised", previousUsd: previous.valueUsd };
  });
  const counts: ImportCounts = { added: 0, revised: 0, unchanged: 0, skipped: 0, wrong: 0 };
  const skippedBy: ImportPlan["skippedBy"] = {};
  const wrongBy: ImportPlan["wrongBy"] = {};
  for (const cell of cells) {
    if (cell.outcome === "figure") counts[cell.change!]++;
    else if (cell.outcome === "skipped") {
      counts.skipped++;
      skippedBy[cell.reason] = (skippedBy[cell.reason] ?? 0) + 1;
    } else {
      counts.wrong++;
      wrongBy[cell.reason] = (wrongBy[cell.reason] ?? 0) + 1;
    }
  }
  return {
    ok: true,
    sheets: table.sheets,
    sheet: table.sheet,
    counts,
    skippedBy: ordered(skippedBy, SKIP_REASONS),
    wrongBy: ordered(wrongBy, WRONG_REASONS),
    cells,
  };
}

/**
 * Imports the file: the added figures, the revised ones (their earlier values kept as
 * revisions), the source and the import's audit entry, all in one transaction or none of it.
 * Wrong rows refuse the whole file unless `skipWrong`. The plan is made again under the
 * figures' write lock, so what others saved since the dry run counts.
 */
export async function runStatisticsImport(
  db: PrismaClient,
  actor: Actor | null,
  upload: StatisticsUpload,
  options: { skipWrong?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportDone | ImportRefusal> {
  const refused = allowed(actor);
  if (refused) return refused;
  const source = statisticsSourceSchema.safeParse(upload.source);
  if (!source.success) return { ok: false, problem: "sourceInvalid", fieldErrors: fieldErrorsOf(source.error) };
  return db.$transaction(
    async (tx): Promise<ImportDone | ImportRefusal> => {
      if (!(await acquireWriteLock(tx, "tradeFigure"))) return { ok: false, problem: "busy" };
      const plan = await planStatisticsImport(tx, actor, upload);
      if (!plan.ok) return plan;
      if (plan.counts.wrong > 0 && !options.skipWrong) return { ok: false, problem: "rowsWrong", plan };
      if (plan.counts.added + plan.counts.revised === 0) return { ok: false, problem: "nothingToImport", plan };
      const written = await writeImport(tx, actor!, upload, source.data, plan, options.onProgress);
      return { ok: true, ...written, plan };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

export type UndoResult = { ok: true } | { ok: false; problem: "unauthenticated" | "forbidden" | "busy" | "notFound" | "alreadyUndone" | "revisedSince" };

/**
 * Undoes an import as a whole: the figures it added are deleted, the ones it revised get
 * back the value, release and source they had. Refused when a later import has revised any
 * of them since (undo that one first), so no one's later figures are silently overwritten.
 */
export async function undoStatisticsImport(db: PrismaClient, actor: Actor | null, importId: string): Promise<UndoResult> {
  const refused = allowed(actor);
  if (refused) return refused;
  return db.$transaction(async (tx): Promise<UndoResult> => {
    if (!(await acquireWriteLock(tx, "tradeFigure"))) return { ok: false, problem: "busy" };
    const batch = await tx.tradeImport.findUnique({ where: { id: importId }, include: { source: { select: { titleEn: true } } } });
    if (!batch) return { ok: false, problem: "notFound" };
    if (batch.undoneAt) return { ok: false, problem: "alreadyUndone" };
    const [row] = await tx.$queryRaw<{ later: number }[]>`
      SELECT count(*)::int AS "later" FROM "TradeFigureRevision" r
      WHERE r."importId" = ${importId} AND r."replacedByImportId" <> ${importId}`;
    if (row!.later > 0) return { ok: false, problem: "revisedSince" };
    const now = new Date();
    // Revised figures: their earlier value, release, import and source come back.
    await tx.$executeRaw`
      UPDATE "TradeFigure" f SET "valueUsd" = r."valueUsd", "releasedOn" = r."releasedOn", "importId" = r."importId",
        version = f.version + 1, "updatedAt" = ${now}
      FROM "TradeFigureRevision" r WHERE r."replacedByImportId" = ${importId} AND r."figureId" = f.id`;
    await tx.$executeRaw`
      UPDATE "Citation" c SET "sourceId" = r."sourceId"
      FROM "TradeFigureRevision" r WHERE r."replacedByImportId" = ${importId} AND c."tradeFigureId" = r."figureId"`;
    await tx.$executeRaw`DELETE FROM "TradeFigureRevision" WHERE "replacedByImportId" = ${importId}`;
    // Added figures: deleted, as the workspace deletes (restorable, kept out of every page).
    await tx.$executeRaw`
      UPDATE "TradeFigure" SET "deletedAt" = ${now}, version = version + 1, "updatedAt" = ${now}
      WHERE "importId" = ${importId} AND "deletedAt" IS NULL`;
    await tx.tradeImport.update({ where: { id: importId }, data: { undoneAt: now, undoneById: actor!.id } });
    await writeAudit(tx, {
      actor: actor!,
      entity: "tradeImport",
      entityId: importId,
      action: "DELETE",
      before: importSnapshot(batch, batch.source.titleEn),
      after: null,
    });
    return { ok: true };
  });
}

function allowed(actor: Actor | null): { ok: false; problem: "unauthenticated" | "forbidden" } | null {
  try {
    assertAllowed(actor, "import:run");
    return null;
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, problem: error.reason === "unauthenticated" ? error.reason : "forbidden" };
    throw error;
  }
}

type Existing = { id: string; valueUsd: string };

/** The live reported figures the file's figures would meet, by figureKey. */
async function existingValues(db: PrismaClient | Tx, cells: readonly ReadCell[]): Promise<Map<string, Existing>> {
  const figures = cells.flatMap((cell) => (cell.outcome === "figure" ? [cell.figure] : []));
  const found = new Map<string, Existing>();
  if (figures.length === 0) return found;
  const reporters = [...new Set(figures.map((f) => f.reporter))];
  // A loop, not Math.min(...): spreading a file's 100,000 figures as arguments can overflow the stack.
  let [from, to] = [figures[0]!.periodStart, figures[0]!.periodEnd];
  for (const f of figures) {
    if (f.periodStart < from) from = f.periodStart;
    if (f.periodEnd > to) to = f.periodEnd;
  }
  const rows = await db.$queryRaw<{ id: string; reporter: string; a: string; b: string; flow: string; start: Date; end: Date; valueUsd: string }[]>`
    SELECT id, "reporterCode" AS "reporter", "countryACode" AS "a", "countryBCode" AS "b", flow::text AS "flow",
      "periodStart" AS "start", "periodEnd" AS "end", "valueUsd"::text AS "valueUsd"
    FROM "TradeFigure"
    WHERE "reporterCode" = ANY(${reporters}) AND "deletedAt" IS NULL AND "periodStart" >= ${from} AND "periodEnd" <= ${to}`;
  for (const row of rows) {
    const partner = row.reporter === row.a ? row.b : row.a;
    found.set(figureKey({ reporter: row.reporter, partner, flow: row.flow, periodStart: row.start, periodEnd: row.end }), {
      id: row.id,
      valueUsd: row.valueUsd,
    });
  }
  return found;
}

async function writeImport(
  tx: Tx,
  actor: Actor,
  upload: StatisticsUpload,
  source: StatisticsSource,
  plan: ImportPlan,
  onProgress?: (done: number, total: number) => void,
): Promise<{ importId: string; sourceId: string }> {
  const now = new Date();
  // The source is written, and audited, as the CSV import writes its new sources.
  const [sourceId] = (await insertRecords(tx, actor, "source", async (inner) => {
    const id = newId();
    await insertRows(inner, "Source", [
      {
        id,
        kind: "STATISTICS",
        titleRu: source.title,
        titleEn: source.title,
        publisher: source.publisher,
        publishedOn: source.releasedOn,
        language: source.language,
        url: source.url,
        fileName: upload.fileName,
        updatedAt: now,
      },
    ]);
    return [id];
  })) as [string];
  const importId = newId();
  const batch = {
    id: importId,
    userId: actor.id,
    at: now,
    preset: upload.settings.preset,
    fileName: upload.fileName,
    sourceId,
    added: plan.counts.added,
    revised: plan.counts.revised,
    unchanged: plan.counts.unchanged,
    skipped: plan.counts.skipped + plan.counts.wrong,
  };
  await insertRows(tx, "TradeImport", [batch]);

  const figures = (change: Change) => plan.cells.flatMap((cell) => (cell.outcome === "figure" && cell.change === change ? [cell.figure] : []));
  const added = figures("added");
  const revised = figures("revised");
  const total = added.length + revised.length;
  let done = 0;

  await inChunks(added, async (chunk) => {
    const rows = chunk.map((f) => ({ id: newId(), ...figureColumns(f), releasedOn: source.releasedOn, importId, updatedAt: now }));
    await insertRows(tx, "TradeFigure", rows);
    await insertRows(
      tx,
      "Citation",
      rows.map((row) => ({ id: newId(), sourceId, tradeFigureId: row.id })),
    );
    done += chunk.length;
    onProgress?.(done, total);
  });

  await inChunks(revised, async (chunk) => {
    const keys = chunk.map((f) => figureColumns(f));
    // The earlier value of each figure, with its release, import and source, becomes a revision.
    await tx.$executeRawUnsafe(
      `INSERT INTO "TradeFigureRevision" (id, "figureId", "valueUsd", "releasedOn", "sourceId", "importId", "replacedByImportId", "replacedAt")
       SELECT k.id, f.id, f."valueUsd", f."releasedOn",
         (SELECT c."sourceId" FROM "Citation" c WHERE c."tradeFigureId" = f.id ORDER BY c.id LIMIT 1), f."importId", $1, $2::timestamp
       FROM unnest($3::text[], $4::char(2)[], $5::char(2)[], $6::char(2)[], $7::"TradeFlow"[], $8::date[], $9::date[])
         AS k(id, reporter, a, b, flow, "start", "end")
       JOIN "TradeFigure" f ON f."reporterCode" = k.reporter AND f."countryACode" = k.a AND f."countryBCode" = k.b
         AND f.flow = k.flow AND f."periodStart" = k."start" AND f."periodEnd" = k."end" AND f."deletedAt" IS NULL`,
      importId,
      now.toISOString(),
      keys.map(() => newId()),
      keys.map((k) => k.reporterCode),
      keys.map((k) => k.countryACode),
      keys.map((k) => k.countryBCode),
      keys.map((k) => k.flow),
      keys.map((k) => isoDay(k.periodStart)),
      keys.map((k) => isoDay(k.periodEnd)),
    );
    await tx.$executeRawUnsafe(
      `UPDATE "TradeFigure" f SET "valueUsd" = k.value, "releasedOn" = $1::date, "importId" = $2, version = f.version + 1, "updatedAt" = $3::timestamp
       FROM unnest($4::char(2)[], $5::char(2)[], $6::char(2)[], $7::"TradeFlow"[], $8::date[], $9::date[], $10::numeric[])
         AS k(reporter, a, b, flow, "start", "end", value)
       WHERE f."reporterCode" = k.reporter AND f."countryACode" = k.a AND f."countryBCode" = k.b
         AND f.flow = k.flow AND f."periodStart" = k."start" AND f."periodEnd" = k."end" AND f."deletedAt" IS NULL`,
      isoDay(source.releasedOn),
      importId,
      now.toISOString(),
      keys.map((k) => k.reporterCode),
      keys.map((k) => k.countryACode),
      keys.map((k) => k.countryBCode),
      keys.map((k) => k.flow),
      keys.map((k) => isoDay(k.periodStart)),
      keys.map((k) => isoDay(k.periodEnd)),
      chunk.map((f) => f.valueUsd),
    );
    done += chunk.length;
    onProgress?.(done, total);
  });
  // A revised figure now cites this release.
  if (revised.length > 0)
    await tx.$executeRaw`UPDATE "Citation" c SET "sourceId" = ${sourceId} FROM "TradeFigureRevision" r WHERE r."replacedByImportId" = ${importId} AND c."tradeFigureId" = r."figureId"`;

  await writeAudit(tx, { actor, entity: "tradeImport", entityId: importId, action: "CREATE", before: null, after: importSnapshot(batch, source.title) });
  return { importId, sourceId };
}

/** A reported figure's columns: the pair in alphabetical order, as every bilateral figure is stored. */
function figureColumns(f: StatFigure) {
  const [countryACode, countryBCode] = [f.reporter, f.partner].sort() as [string, string];
  return {
    scope: "BILATERAL",
    countryACode,
    countryBCode,
    reporterCode: f.reporter,
    flow: f.flow,
    frequency: f.frequency,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    valueUsd: f.valueUsd,
  };
}

function importSnapshot(
  batch: { preset: string; fileName: string; sourceId: string; added: number; revised: number; unchanged: number; skipped: number },
  sourceTitle: string,
) {
  return {
    preset: batch.preset,
    fileName: batch.fileName,
    sourceId: batch.sourceId,
    source: sourceTitle,
    added: batch.added,
    revised: batch.revised,
    unchanged: batch.unchanged,
    skipped: batch.skipped,
  };
}

function ordered<K extends string>(counts: Partial<Record<K, number>>, order: readonly K[]): Partial<Record<K, number>> {
  return Object.fromEntries(order.flatMap((key) => (counts[key] ? [[key, counts[key]]] : []))) as Partial<Record<K, number>>;
}
