import { describe, expect, it } from "vitest";
import { FORM_LIMITS, UnreadableFormError, fieldErrorsOf, formDataToObject, formShapeProblem } from "@/lib/validation/fields";
import { ventureInputSchema } from "@/lib/validation/venture-input";
import { ventureFormInput } from "@/tests/factories/ventures";

function errorsOf(input: unknown) {
  const parsed = ventureInputSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("form data", () => {
  it("turns dotted names into nested rows and closes the gaps left by removed rows", () => {
    const form = new FormData();
    form.append("nameEn", "JV");
    form.append("partners.0.companyName", "A");
    form.append("partners.2.companyName", "C");
    form.append("partners.2.countryCode", "KZ");
    form.append("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({ nameEn: "JV", partners: [{ companyName: "A" }, { companyName: "C", countryCode: "KZ" }] });
  });

  it("ignores prototype-polluting names", () => {
    const form = new FormData();
    form.append("__proto__.polluted", "yes");
    form.append("a.constructor.prototype.polluted", "yes");
    formDataToObject(form);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // The probe's request: one field with a list position of 4,294,967,294 made the old parser
  // build a sparse array that took minutes to filter.
  it("refuses a list position beyond any form's at once, without building the list", () => {
    const form = new FormData();
    form.append("partners.4294967294.companyName", "x");
    expect(() => formDataToObject(form)).toThrow(UnreadableFormError);
    expect(formShapeProblem([["x.100000000", "x"]])).toMatch(/list position/);
    expect(formShapeProblem([["partners.999.companyName", "x"]])).toBeNull();
  });

  it("refuses more fields, deeper names or more text than any form sends", () => {
    const many = Array.from({ length: FORM_LIMITS.fields + 1 }, (_, i) => [`f${i}`, ""] as [string, string]);
    expect(formShapeProblem(many)).toMatch(/fields/);
    expect(formShapeProblem([["a.b.c.d.e", "x"]])).toMatch(/deeper/);
    expect(formShapeProblem([["a", "x".repeat(FORM_LIMITS.chars)]])).toMatch(/characters/);
  });

  it("refuses a name that is both a value and a group instead of failing on it", () => {
    const form = new FormData();
    form.append("partners", "x");
    form.append("partners.0.companyName", "A");
    expect(() => formDataToObject(form)).toThrow(UnreadableFormError);
  });
});

describe("venture input", () => {
  it("accepts a complete venture and keeps the investment exact as a string", () => {
    const parsed = ventureInputSchema.parse(ventureFormInput({ investmentUsd: "1 500 000,50" }));
    expect(parsed.investmentUsd).toBe("1500000.50");
    expect(parsed.establishedOn).toEqual(new Date("2025-03-14T00:00:00Z"));
    expect(parsed.partners).toHaveLength(2);
  });

  it("rejects a venture with a negative investment", () => {
    expect(errorsOf(ventureFormInput({ investmentUsd: "-5" })).investmentUsd?.key).toBe("validation.positive");
  });

  it("rejects an absurd investment of a quadrillion dollars", () => {
    expect(errorsOf(ventureFormInput({ investmentUsd: "1000000000000000" })).investmentUsd?.key).toBe("validation.tooLarge");
  });

  it("reads amounts as people write them in either language, as the imports do (issue 18)", () => {
    const read = (investmentUsd: string) => ventureInputSchema.parse(ventureFormInput({ investmentUsd })).investmentUsd;
    expect(read("1,500,000")).toBe("1500000");
    expect(read("1,200,000,000")).toBe("1200000000");
    expect(read("25\u00a0000\u00a0000")).toBe("25000000");
    expect(read("1.500.000,50")).toBe("1500000.50");
    expect(read("1,500,000.5")).toBe("1500000.5");
  });

  it("refuses an ambiguous amount with the reason, and what it cannot read", () => {
    expect(errorsOf(ventureFormInput({ investmentUsd: "1,500" })).investmentUsd?.key).toBe("validation.ambiguousAmount");
    expect(errorsOf(ventureFormInput({ investmentUsd: "1.500" })).investmentUsd?.key).toBe("validation.ambiguousAmount");
    for (const text of ["1,50,000", "12.345.6", "$5", "1500000.505", "11.5 bn"])
      expect(errorsOf(ventureFormInput({ investmentUsd: text })).investmentUsd?.key).toBe("validation.amount");
  });

  it("rejects an establishment date in the year 3000 and one before 1991", () => {
    expect(errorsOf(ventureFormInput({ establishedOn: "3000-01-01" })).establishedOn?.key).toBe("validation.dateInFuture");
    expect(errorsOf(ventureFormInput({ establishedOn: "1985-06-01" })).establishedOn?.key).toBe("validation.dateTooEarly");
    expect(errorsOf(ventureFormInput({ establishedOn: "2025-02-30x" })).establishedOn?.key).toBe("validation.date");
  });

  it("rejects a 10,000-character name with the limit in the message values", () => {
    expect(errorsOf(ventureFormInput({ nameEn: "x".repeat(10_000) })).nameEn).toEqual({ key: "validation.tooLong", values: { max: 200 } });
  });

  it("rejects unknown sectors and statuses", () => {
    const errors = errorsOf(ventureFormInput({ sector: "SPACE", status: "DELETED" }));
    expect(errors.sector?.key).toBe("validation.unknownOption");
    expect(errors.status?.key).toBe("validation.unknownOption");
  });

  it("needs at least one partner, ignoring blank rows, and a country for each", () => {
    expect(errorsOf(ventureFormInput({ partners: [{ companyName: "", countryCode: "" }] })).partners?.key).toBe("validation.partnerRequired");
    expect(errorsOf(ventureFormInput({ partners: [{ companyName: "A", countryCode: "" }] }))["partners.0.countryCode"]?.key).toBe("validation.countryCode");
  });

  it("needs a source and says so even when other fields are wrong too", () => {
    const errors = errorsOf(ventureFormInput({ nameEn: "", citations: [{ sourceId: "" }] }));
    expect(errors.citations?.key).toBe("validation.sourceRequired");
    expect(errors.nameEn?.key).toBe("validation.required");
  });

  it("accepts a new source instead of an existing one, but only with a web address it can open", () => {
    const base = ventureFormInput({ citations: [] });
    expect(errorsOf({ ...base, newSource: { title: "Kun.uz", url: "https://kun.uz/news/1", language: "ru" } })).toEqual({});
    expect(errorsOf({ ...base, newSource: { title: "Kun.uz", url: "javascript:alert(1)" } })["newSource.url"]?.key).toBe("validation.url");
  });

  it("keeps HTML in a name as plain text", () => {
    const parsed = ventureInputSchema.parse(ventureFormInput({ nameEn: "<script>alert(1)</script>" }));
    expect(parsed.nameEn).toBe("<script>alert(1)</script>");
  });
});
