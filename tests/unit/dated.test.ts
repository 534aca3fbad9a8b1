import { describe, expect, it } from "vitest";
import { dateText, readDateWithPrecision } from "@/lib/validation/dated";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { ventureInputSchema } from "@/lib/validation/venture-input";
import { eventInputSchema } from "@/lib/validation/event-input";
import { newSourceSchema } from "@/lib/validation/citations";
import { ventureFormInput } from "@/tests/factories/ventures";

const today = new Date("2026-12-04T12:00:00Z");
const read = (text: string, precision: "DAY" | "MONTH" | "YEAR") => readDateWithPrecision(text, precision, today);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("a date to the precision the source gives", () => {
  it("keeps a date to the day as typed", () => {
    expect(read("2023-09-14", "DAY")).toEqual({ ok: true, date: utc("2023-09-14") });
  });

  it("stores a month as its first day and a year as 1 January", () => {
    expect(read("2021-11", "MONTH")).toEqual({ ok: true, date: utc("2021-11-01") });
    expect(read(" 2021 ", "YEAR")).toEqual({ ok: true, date: utc("2021-01-01") });
  });

  it("cuts what is typed beyond the precision chosen", () => {
    expect(read("2021-11-14", "MONTH")).toEqual({ ok: true, date: utc("2021-11-01") });
    expect(read("2021-11-14", "YEAR")).toEqual({ ok: true, date: utc("2021-01-01") });
  });

  it("refuses a day-precision date without its day, and a month-precision one without its month", () => {
    expect(read("2021-11", "DAY")).toEqual({ ok: false, error: "validation.dateNeedsDay" });
    expect(read("2021", "DAY")).toEqual({ ok: false, error: "validation.dateNeedsMonth" });
    expect(read("2021", "MONTH")).toEqual({ ok: false, error: "validation.dateNeedsMonth" });
  });

  it("refuses months and days that do not exist, with the format the precision asks for", () => {
    expect(read("2021-13", "MONTH")).toEqual({ ok: false, error: "validation.monthDate" });
    expect(read("2021-00", "MONTH")).toEqual({ ok: false, error: "validation.monthDate" });
    expect(read("2021-02-30", "DAY")).toEqual({ ok: false, error: "validation.date" });
    expect(read("2021-13-01", "YEAR")).toEqual({ ok: false, error: "validation.yearDate" });
    expect(read("November 2021", "MONTH")).toEqual({ ok: false, error: "validation.monthDate" });
    expect(read("21", "YEAR")).toEqual({ ok: false, error: "validation.yearDate" });
  });

  it("refuses dates before 1991 and after today, at the precision given", () => {
    expect(read("1990", "YEAR")).toEqual({ ok: false, error: "validation.dateTooEarly" });
    expect(read("1991", "YEAR")).toEqual({ ok: true, date: utc("1991-01-01") });
    expect(read("2026-12", "MONTH")).toEqual({ ok: true, date: utc("2026-12-01") }); // the month under way
    expect(read("2026-12-05", "DAY")).toEqual({ ok: false, error: "validation.dateInFuture" });
    expect(read("2027", "YEAR")).toEqual({ ok: false, error: "validation.dateInFuture" });
  });

  it("gives a stored date back as its form field holds it", () => {
    expect(dateText(utc("2021-11-01"), "MONTH")).toBe("2021-11");
    expect(dateText(utc("2021-01-01"), "YEAR")).toBe("2021");
    expect(dateText(utc("2023-09-14"), "DAY")).toBe("2023-09-14");
    expect(dateText(null, "DAY")).toBeNull();
  });
});

describe("forms with a dated field", () => {
  const errorsOf = (parsed: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) => (parsed.success ? {} : fieldErrorsOf(parsed.error!));

  it("reads a venture's date to the precision chosen beside it", () => {
    const parsed = ventureInputSchema.parse(ventureFormInput({ establishedOn: "2021-11", establishedPrecision: "MONTH" }));
    expect(parsed.establishedOn).toEqual(utc("2021-11-01"));
    expect(parsed.establishedPrecision).toBe("MONTH");
  });

  it("reads a date to the day when the form sends no precision, as before", () => {
    const parsed = ventureInputSchema.parse(ventureFormInput({ establishedOn: "2025-03-14" }));
    expect(parsed.establishedOn).toEqual(utc("2025-03-14"));
    expect(parsed.establishedPrecision).toBe("DAY");
  });

  it("reports a date's problem on its own field together with the form's other problems", () => {
    const errors = errorsOf(ventureInputSchema.safeParse(ventureFormInput({ nameEn: "", establishedOn: "2021-11", establishedPrecision: "DAY" })));
    expect(errors.establishedOn?.key).toBe("validation.dateNeedsDay");
    expect(errors.nameEn?.key).toBe("validation.required");
  });

  it("refuses a precision no form offers", () => {
    const errors = errorsOf(ventureInputSchema.safeParse(ventureFormInput({ establishedOn: "2021", establishedPrecision: "DECADE" })));
    expect(errors.establishedPrecision?.key).toBe("validation.unknownOption");
  });

  it("reads an event's start and end to their one precision", () => {
    const input = {
      kind: "BUSINESS_FORUM",
      titleRu: "Саммит",
      titleEn: "Summit",
      startDate: "2021-11",
      endDate: "2021-12",
      datePrecision: "MONTH",
      citations: [{ sourceId: "src-s1" }],
    };
    const parsed = eventInputSchema.parse(input);
    expect([parsed.startDate, parsed.endDate, parsed.datePrecision]).toEqual([utc("2021-11-01"), utc("2021-12-01"), "MONTH"]);
    expect(errorsOf(eventInputSchema.safeParse({ ...input, endDate: "2021-10" })).endDate?.key).toBe("validation.endBeforeStart");
  });

  it("reads a source typed into a form to its precision", () => {
    const parsed = newSourceSchema.parse({ title: "Report", publishedOn: "2021", publishedPrecision: "YEAR" });
    expect([parsed.publishedOn, parsed.publishedPrecision]).toEqual([utc("2021-01-01"), "YEAR"]);
  });
});
