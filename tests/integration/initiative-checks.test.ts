import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { addStatusChange, createInitiative } from "@/lib/records/initiatives";
import { getInitiative, listInitiatives, scoreInitiatives, summarizeInitiativesByEvent } from "@/lib/queries/initiatives";
import { initiativeFormInput, statusChangeFormInput } from "@/tests/factories/records";
import { expectRefused, savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

// The API reads through Next's data cache, which exists only inside Next: here, straight through.
vi.mock("next/cache", () => ({ unstable_cache: <F>(load: F) => load, revalidateTag: vi.fn(), updateTag: vi.fn() }));

const actors = setUpActorsOfEveryRole();
const TODAY = new Date("2026-12-04T12:00:00Z");

describe("checks kept apart from changes", () => {
  it("records a check that keeps the status, and a check that found nothing public without a source", async () => {
    const { id } = await savedOrThrow(createInitiative(prisma, actors.editor, initiativeFormInput({ eventId: "" })));
    await savedOrThrow(addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 1, { status: "IN_PROGRESS", changedOn: "2026-03-01" })));
    await savedOrThrow(
      addStatusChange(
        prisma,
        actors.editor,
        statusChangeFormInput(id, 2, { kind: "CHECK", status: "IMPLEMENTED", changedOn: "2026-09-10", noteEn: "Still building." }),
      ),
    );
    await savedOrThrow(
      addStatusChange(
        prisma,
        actors.editor,
        statusChangeFormInput(id, 3, {
          kind: "CHECK",
          changedOn: "2026-11-20",
          noteEn: "Searched the ministries' sites.",
          sourceId: "",
          noPublicInformation: "on",
        }),
      ),
    );
    const initiative = (await getInitiative(id))!;
    // The check's submitted status is ignored: a check keeps the one the initiative has.
    expect(initiative.status).toBe("IN_PROGRESS");
    expect(initiative.statusChanges.map((c) => [c.kind, c.status, c.noPublicInformation, c.citations.length])).toEqual([
      ["CHANGE", "IN_PROGRESS", false, 1],
      ["CHECK", "IN_PROGRESS", false, 1],
      ["CHECK", "IN_PROGRESS", true, 0],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "initiative", entityId: id }, orderBy: { at: "desc" } });
    expect((audit.after as { history: string }).history).toBe("2026-03-01 IN_PROGRESS; 2026-09-10 checked IN_PROGRESS; 2026-11-20 checked IN_PROGRESS");
  });

  it("refuses a change without a source, 'no information' on a change, and a change without a status", async () => {
    const { id } = await savedOrThrow(createInitiative(prisma, actors.editor, initiativeFormInput({ eventId: "" })));
    const noSource = await expectRefused(() => addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 1, { sourceId: "" })), "invalid");
    expect(noSource.fieldErrors?.sourceId?.key).toBe("validation.sourceRequired");
    const onChange = await expectRefused(
      () => addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 1, { sourceId: "", noPublicInformation: "on" })),
      "invalid",
    );
    expect(onChange.fieldErrors?.noPublicInformation?.key).toBe("validation.noInformationOnlyForChecks");
    const noStatus = await expectRefused(() => addStatusChange(prisma, actors.editor, statusChangeFormInput(id, 1, { status: "" })), "invalid");
    expect(noStatus.fieldErrors?.status).toBeDefined();
    await expectRefused(() => addStatusChange(prisma, actors.viewer, statusChangeFormInput(id, 1, { kind: "CHECK" })), "forbidden");
  });
});

describe("scorecards", () => {
  it("counts the VII meeting's proposals by status, all not checked since June 2026", async () => {
    const { rows } = await summarizeInitiativesByEvent({ event: "consultative-meeting-7", today: TODAY });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ total: 9, due: 9, movedOn: 0 });
    expect(rows[0]!.byStatus.PROPOSED).toBe(9);
    // Checked recently, one is no longer due.
    const seeded = await prisma.initiative.findFirstOrThrow({ where: { event: { slug: "consultative-meeting-7" } }, select: { id: true, version: true } });
    const check = await savedOrThrow(
      addStatusChange(
        prisma,
        actors.editor,
        statusChangeFormInput(seeded.id, seeded.version, { kind: "CHECK", changedOn: "2026-11-30", noteEn: "Looked again." }),
      ),
    );
    try {
      expect((await summarizeInitiativesByEvent({ event: "consultative-meeting-7", today: TODAY })).rows[0]).toMatchObject({ total: 9, due: 8 });
      const byCountry = await scoreInitiatives("proposer", { event: "consultative-meeting-7", today: TODAY });
      expect(byCountry.reduce((sum, row) => sum + row.total, 0)).toBe(9);
      expect(byCountry.reduce((sum, row) => sum + row.due, 0)).toBe(8);
      const due = await listInitiatives({ event: "consultative-meeting-7", due: "1" }, { page: 1, pageSize: 50 });
      expect(due.total).toBe(8);
      expect(due.items.map((i) => i.id)).not.toContain(seeded.id);
    } finally {
      await prisma.initiativeStatusChange.deleteMany({ where: { initiativeId: seeded.id, kind: "CHECK" } });
      await prisma.initiative.update({ where: { id: seeded.id }, data: { version: seeded.version } });
      expect(check.version).toBe(seeded.version + 1);
    }
  });
});

describe("history out", () => {
  const get = async (path: string) => {
    const { handleDatasetRequest } = await import("@/lib/api/handler");
    const url = new URL(path, "http://localhost");
    return handleDatasetRequest(new Request(url), url.pathname.split("/").at(-1)!);
  };

  it("returns each initiative's full history with include=history, and says when it was last checked", async () => {
    const response = await get("/api/v1/initiatives?event=consultative-meeting-5&include=history");
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      items: { id: string; lastCheckedOn: string; checkDue: boolean; history: { kind: string; status: string; date: string; sources: unknown[] }[] }[];
    };
    const strategy = body.items.find((i) => i.id === "ini-v-industrial-strategy")!;
    expect(strategy.history.map((e) => [e.kind, e.status, e.date])).toEqual([
      ["CHANGE", "PROPOSED", "2023-09-14"],
      ["CHANGE", "SUPPORTED", "2023-09-14"],
    ]);
    expect(strategy.history.every((e) => e.sources.length > 0)).toBe(true);
    expect(strategy.lastCheckedOn).toBe("2023-09-14");
    expect(strategy.checkDue).toBe(true);
    const plain = (await (await get("/api/v1/initiatives?event=consultative-meeting-5")).json()) as { items: object[] };
    expect(plain.items[0]).not.toHaveProperty("history");
  });

  it("lists the whole status history as a dataset, in JSON and CSV, one row per entry", async () => {
    const total = await prisma.initiativeStatusChange.count({ where: { initiative: { deletedAt: null } } });
    const json = (await (await get("/api/v1/status-history?limit=500")).json()) as { total: number; items: { initiative: string; kind: string }[] };
    expect(json.total).toBe(total);
    const csv = await (await get("/api/v1/status-history.csv?event=consultative-meeting-7&limit=500")).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe("id,initiative,initiativeTitleRu,initiativeTitleEn,kind,status,date,datePrecision,noteRu,noteEn,noPublicInformation,sources");
    expect(lines).toHaveLength(1 + 9);
    const refused = await get("/api/v1/status-history?kind=MAYBE");
    expect(refused.status).toBe(400);
  });
});
