import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { prisma } from "@/lib/db";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import { createVenture, updateVenture } from "@/lib/records/ventures";
import { createSource } from "@/lib/records/sources";
import { createEvent } from "@/lib/records/events";
import { addStatusChange, createInitiative } from "@/lib/records/initiatives";
import { createTarget } from "@/lib/records/targets";
import { savedEditValues } from "@/lib/queries/edit-values";
import { mergeWithSaved } from "@/lib/actions/merge-save";
import { snapshotOf } from "@/lib/records/entities";
import { runImport } from "@/lib/import/run-import";
import { ventureFormInput } from "@/tests/factories/ventures";
import { eventFormInput, initiativeFormInput, sourceFormInput, statusChangeFormInput, targetFormInput } from "@/tests/factories/records";
import { expectRefused, savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

// Dates to the precision the source gives (issue 18): saved as the period's first day with
// their precision, given back to the form as typed, refused in the person's language when
// they cannot be read, and merged like any other field.

const actors = setUpActorsOfEveryRole();
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

describe("a date saved to its precision", () => {
  it("stores a venture established in November 2021 as 1 November with MONTH, and gives the form back 2021-11", async () => {
    const { id } = await savedOrThrow(createVenture(prisma, actors.editor, ventureFormInput({ establishedOn: "2021-11", establishedPrecision: "MONTH" })));
    const stored = await prisma.jointVenture.findUniqueOrThrow({ where: { id } });
    expect([day(stored.establishedOn), stored.establishedPrecision]).toEqual(["2021-11-01", "MONTH"]);
    expect(await savedEditValues("venture", id)).toMatchObject({ establishedOn: "2021-11", establishedPrecision: "MONTH" });
    expect(await snapshotOf(prisma, "venture", id)).toMatchObject({ establishedOn: "2021-11-01", establishedPrecision: "MONTH" });
  });

  it("stores a source of 2021 and a source typed into a venture's form, each with its precision", async () => {
    const { id } = await savedOrThrow(createSource(prisma, actors.editor, sourceFormInput({ publishedOn: "2021", publishedPrecision: "YEAR" })));
    const source = await prisma.source.findUniqueOrThrow({ where: { id } });
    expect([day(source.publishedOn), source.publishedPrecision]).toEqual(["2021-01-01", "YEAR"]);

    const title = `Typed source ${id}`;
    const venture = await savedOrThrow(
      createVenture(
        prisma,
        actors.editor,
        ventureFormInput({ citations: [], newSource: { title, publishedOn: "2021-11-14", publishedPrecision: "MONTH", url: "", language: "ru" } }),
      ),
    );
    const typed = await prisma.source.findFirstOrThrow({ where: { titleEn: title, citations: { some: { ventureId: venture.id } } } });
    expect([day(typed.publishedOn), typed.publishedPrecision]).toEqual(["2021-11-01", "MONTH"]);
  });

  it("stores an event's start and end to their one precision", async () => {
    const { id } = await savedOrThrow(createEvent(prisma, actors.editor, eventFormInput({ startDate: "2021-11", endDate: "2021-12", datePrecision: "MONTH" })));
    const event = await prisma.event.findUniqueOrThrow({ where: { id } });
    expect([day(event.startDate), day(event.endDate), event.datePrecision]).toEqual(["2021-11-01", "2021-12-01", "MONTH"]);
    expect(await savedEditValues("event", id)).toMatchObject({ startDate: "2021-11", endDate: "2021-12", datePrecision: "MONTH" });
  });

  it("stores a status change of November 2025 and a target set in 2024 with their precisions", async () => {
    const initiative = await savedOrThrow(createInitiative(prisma, actors.editor, initiativeFormInput()));
    await savedOrThrow(
      addStatusChange(prisma, actors.editor, statusChangeFormInput(initiative.id, initiative.version, { changedOn: "2025-11", changedPrecision: "MONTH" })),
    );
    const change = await prisma.initiativeStatusChange.findFirstOrThrow({ where: { initiativeId: initiative.id } });
    expect([day(change.changedOn), change.changedPrecision]).toEqual(["2025-11-01", "MONTH"]);
    expect((await snapshotOf(prisma, "initiative", initiative.id))?.history).toBe("2025-11 IN_PROGRESS");

    const target = await savedOrThrow(createTarget(prisma, actors.editor, targetFormInput({ setOn: "2024", setPrecision: "YEAR" })));
    const stored = await prisma.target.findUniqueOrThrow({ where: { id: target.id } });
    expect([day(stored.setOn), stored.setPrecision]).toEqual(["2024-01-01", "YEAR"]);
  });
});

describe("a date imported from a CSV file", () => {
  it("reads established_on to the precision in established_precision", async () => {
    const name = `CSV JV ${Date.now()}`;
    const csv = `name_ru;name_en;partners;sector;status;established_on;established_precision;source_ids\r\n${name};${name};A:UZ|B:KZ;TEXTILES;ANNOUNCED;2021-11;month;src-s2\r\n`;
    expect(await runImport(prisma, actors.editor, { kind: "ventures", text: csv })).toMatchObject({ ok: true });
    const stored = await prisma.jointVenture.findFirstOrThrow({ where: { nameEn: name } });
    expect([day(stored.establishedOn), stored.establishedPrecision]).toEqual(["2021-11-01", "MONTH"]);
  });
});

describe("a date that cannot be read", () => {
  const inEnglish = createTranslator({ locale: "en", messages: en });
  const inRussian = createTranslator({ locale: "ru", messages: ru });

  it.each([
    ["a thirteenth month", { establishedOn: "2021-13", establishedPrecision: "MONTH" }, "validation.monthDate", "Enter a month as YYYY-MM, e.g. 2021-11."],
    [
      "a date to the day without its day",
      { establishedOn: "2021-11", establishedPrecision: "DAY" },
      "validation.dateNeedsDay",
      "This date has no day: enter the day, or choose Month or Year if the source gives none.",
    ],
    ["a year before independence", { establishedOn: "1990", establishedPrecision: "YEAR" }, "validation.dateTooEarly", "The date cannot be before 1991."],
  ])("refuses %s with a message in both languages and writes nothing", async (_name, overrides, key, english) => {
    const refused = await expectRefused(() => createVenture(prisma, actors.editor, ventureFormInput(overrides)), "invalid");
    expect(refused.fieldErrors?.establishedOn?.key).toBe(key);
    expect(inEnglish(key as never)).toBe(english);
    expect(inRussian(key as never)).not.toBe(key);
  });

  it("refuses an event whose start lacks the month its precision asks for, and changes nothing", async () => {
    const refused = await expectRefused(() => createEvent(prisma, actors.editor, eventFormInput({ startDate: "2021", datePrecision: "MONTH" })), "invalid");
    expect(refused.fieldErrors?.startDate?.key).toBe("validation.dateNeedsMonth");
  });
});

describe("two people editing one venture's date", () => {
  it("keeps the other person's name when this person changes only the precision, and the reverse", async () => {
    const { id } = await savedOrThrow(createVenture(prisma, actors.editor, ventureFormInput({ establishedOn: "2021-11-14" })));
    const opened = (await savedEditValues("venture", id))!;

    // The first saves a new name; the second, from the same opened form, says the source gives only the month.
    await savedOrThrow(updateVenture(prisma, actors.editor, { ...opened, nameEn: "Renamed JV", version: "1" }));
    const mine = { ...opened, establishedOn: "2021-11", establishedPrecision: "MONTH", version: "1", base: JSON.stringify(opened) };
    const merged = await mergeWithSaved("venture", mine);
    expect(merged).toMatchObject({ outcome: "merged", note: { keptTheirs: ["nameEn"], tookMine: [] } });
    await savedOrThrow(updateVenture(prisma, actors.admin, merged.outcome === "merged" ? merged.values : mine));

    const stored = await prisma.jointVenture.findUniqueOrThrow({ where: { id } });
    expect([stored.nameEn, day(stored.establishedOn), stored.establishedPrecision]).toEqual(["Renamed JV", "2021-11-01", "MONTH"]);
  });
});
