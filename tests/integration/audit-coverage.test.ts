import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createVenture, updateVenture } from "@/lib/records/ventures";
import { createTradeFigure } from "@/lib/records/trade-figures";
import { addStatusChange, createInitiative } from "@/lib/records/initiatives";
import { createTarget } from "@/lib/records/targets";
import { createDocument, createEvent } from "@/lib/records/events";
import { createSource } from "@/lib/records/sources";
import { createUser } from "@/lib/records/users";
import { runImport } from "@/lib/import/run-import";
import { runStatisticsImport } from "@/lib/records/trade-imports";
import { saveImportLayout } from "@/lib/records/import-layouts";
import { createActorsOfEveryRole } from "@/tests/factories/actors";
import { documentFormInput, eventFormInput, initiativeFormInput, sourceFormInput, statusChangeFormInput, targetFormInput } from "@/tests/factories/records";
import { tradeFigureFormInput, uniqueSeries } from "@/tests/factories/trade-figures";
import { ventureFormInput } from "@/tests/factories/ventures";
import { trackNewRecords } from "@/tests/support/new-records";

// Issue 18: every row any write path creates has its audit entry. Each path runs once here,
// with a new source typed in where the form allows one; a path that writes a record, or a
// source, without an entry fails this test.

const AUDITED_TABLES = ["Source", "TradeFigure", "JointVenture", "Initiative", "Event", "EventDocument", "Target", "TradeImport", "ImportLayout", "User"];

let actors: Awaited<ReturnType<typeof createActorsOfEveryRole>>;
let cleanUp: () => Promise<void>;
let before: Map<string, Set<string>>;
let createdRows: { table: string; id: string }[] = [];

const idsOf = async () =>
  new Map(
    await Promise.all(
      AUDITED_TABLES.map(
        async (table) => [table, new Set((await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table}"`)).map((r) => r.id))] as const,
      ),
    ),
  );

beforeAll(async () => {
  cleanUp = await trackNewRecords(prisma);
  actors = await createActorsOfEveryRole(prisma);
  before = await idsOf();
});
// The records this file made leave with it, so later files see the seeded registry (they count it).
afterAll(async () => {
  const ids = (table: string) => createdRows.filter((c) => c.table === table).map((c) => c.id);
  await prisma.citation.deleteMany({
    where: {
      OR: [
        { initiativeId: { in: ids("Initiative") } },
        { eventId: { in: ids("Event") } },
        { targetId: { in: ids("Target") } },
        { documentId: { in: ids("EventDocument") } },
        { statusChange: { initiativeId: { in: ids("Initiative") } } },
      ],
    },
  });
  await prisma.initiativeStatusChange.deleteMany({ where: { initiativeId: { in: ids("Initiative") } } });
  await prisma.eventDocument.deleteMany({ where: { id: { in: ids("EventDocument") } } });
  await prisma.initiative.deleteMany({ where: { id: { in: ids("Initiative") } } });
  await prisma.target.deleteMany({ where: { id: { in: ids("Target") } } });
  await prisma.eventParticipant.deleteMany({ where: { eventId: { in: ids("Event") } } });
  await prisma.event.deleteMany({ where: { id: { in: ids("Event") } } });
  await prisma.importLayout.deleteMany({ where: { id: { in: ids("ImportLayout") } } });
  await cleanUp();
});

const typedSource = (title: string) => ({ newSource: { title, publisher: "Test", publishedOn: "", url: "", language: "en" } });
/** The saved record's id and version; a refused save fails the test with its reason. */
async function saved(result: Promise<{ ok: boolean; id?: string; version?: number }>): Promise<{ id: string; version: number }> {
  const answer = await result;
  expect(answer).toMatchObject({ ok: true });
  return answer as { id: string; version: number };
}

describe("the audit log", () => {
  it("has an entry for every row each write path creates, new sources typed into a form included", async () => {
    const { editor, admin } = actors;
    const input = ventureFormInput();
    const venture = await saved(createVenture(prisma, editor, { ...input, ...typedSource("Audit coverage: venture source") }));
    await saved(updateVenture(prisma, editor, { ...input, id: venture.id, version: String(venture.version), ...typedSource("Audit coverage: edit source") }));
    await saved(createTradeFigure(prisma, editor, { ...tradeFigureFormInput(), ...typedSource("Audit coverage: figure source") }));
    const initiative = await saved(createInitiative(prisma, editor, { ...initiativeFormInput(), ...typedSource("Audit coverage: initiative source") }));
    await saved(addStatusChange(prisma, editor, statusChangeFormInput(initiative.id, initiative.version)));
    await saved(createTarget(prisma, editor, { ...targetFormInput(), ...typedSource("Audit coverage: target source") }));
    const event = await saved(createEvent(prisma, editor, { ...eventFormInput(), ...typedSource("Audit coverage: event source") }));
    await saved(createDocument(prisma, editor, { ...documentFormInput(event.id), ...typedSource("Audit coverage: document source") }));
    await saved(createSource(prisma, editor, sourceFormInput()));
    const series = uniqueSeries();
    const csv = `scope;country_a;country_b;period_start;period_end;value_usd;source_title\r\nBILATERAL;${series.countryACode};${series.countryBCode};${series.periodStart};${series.periodEnd};1 000 000;Audit coverage: CSV source\r\n`;
    expect(await runImport(prisma, editor, { kind: "tradeFigures", text: csv })).toMatchObject({ ok: true });
    const name = "SYNTHETIC-statoffice-KZ-exports.xlsx";
    await saved(
      runStatisticsImport(prisma, editor, {
        bytes: new Uint8Array(readFileSync(`tests/fixtures/trade-stats/${name}`)),
        fileName: name,
        settings: { preset: "wide", reporter: "KZ", flow: "EXPORT", scale: 3 },
        source: { title: "SYNTHETIC audit coverage", publisher: "Test", releasedOn: "2026-01-01" },
      }),
    );
    await saved(saveImportLayout(prisma, editor, { name: "Audit coverage layout", fields: { preset: "wide", reporter: "KZ", flow: "EXPORT", scale: "3" } }));
    await saved(
      createUser(prisma, admin, {
        email: `audit-coverage-${Date.now()}@test.local`,
        name: "Audit coverage",
        organisation: "Ministry of Trade",
        role: "VIEWER",
        password: "correct horse battery staple",
      }),
    );

    const after = await idsOf();
    const created = AUDITED_TABLES.flatMap((table) => [...after.get(table)!].filter((id) => !before.get(table)!.has(id)).map((id) => ({ table, id })));
    // Every kind of record above was written at least once.
    expect(new Set(created.map((c) => c.table))).toEqual(new Set(AUDITED_TABLES));
    const audited = new Set(
      (await prisma.auditLog.findMany({ where: { entityId: { in: created.map((c) => c.id) } }, select: { entityId: true } })).map((a) => a.entityId),
    );
    // A statistics import is one audited event: its figures are audited by their import's entry.
    const imported = await prisma.tradeFigure.findMany({
      where: { id: { in: created.map((c) => c.id) }, importId: { not: null } },
      select: { id: true, importId: true },
    });
    for (const figure of imported) if (audited.has(figure.importId!)) audited.add(figure.id);
    expect(created.filter((c) => !audited.has(c.id))).toEqual([]);
    createdRows = created;
  });
});
