import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addStatusChange, createInitiative } from "@/lib/records/initiatives";
import { getInitiative, listInitiatives, scoreInitiatives, summarizeInitiativesByEvent } from "@/lib/queries/initiatives";
import { initiativeFormInput, statusChangeFormInput } from "@/tests/factories/records";
import { expectRefused, savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

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
