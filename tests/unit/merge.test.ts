import { describe, expect, it } from "vitest";
import { mergeByField } from "@/lib/form-merge";

// Issue 18: a save from a form opened before someone else's save keeps their changes to
// fields this person did not touch, and asks only about fields both changed.

const base = { id: "v1", version: "1", nameEn: "JV Cotton", cityEn: "", productsEn: "yarn", status: "ANNOUNCED" };
const merge = (current: Record<string, unknown>, mine: Record<string, unknown>, choices = {}) =>
  mergeByField({ fields: ["nameEn", "cityEn", "productsEn", "status"], stored: { base, current, mine }, current, mine, choices });

describe("a three-way merge by field", () => {
  it("keeps the other person's change to a field this person did not touch, and applies this person's", () => {
    const current = { ...base, version: "2", productsEn: "yarn, fabric" };
    const mine = { ...base, cityEn: "Shymkent" };
    expect(merge(current, mine)).toEqual({
      ok: true,
      values: { ...base, cityEn: "Shymkent", productsEn: "yarn, fabric" },
      keptTheirs: ["productsEn"],
      tookMine: [],
    });
  });

  it("is no conflict when both made the same change", () => {
    const current = { ...base, status: "OPERATING" };
    expect(merge(current, { ...base, status: "OPERATING" })).toMatchObject({ ok: true, keptTheirs: [], tookMine: [] });
  });

  it("asks about a field both changed to different values, and then applies the person's choice", () => {
    const current = { ...base, nameEn: "JV Cotton Group", productsEn: "fabric" };
    const mine = { ...base, nameEn: "JV Cotton Tashkent", cityEn: "Tashkent" };
    // While asking, the form shows their change to the products (only they changed it) beside mine.
    expect(merge(current, mine)).toEqual({
      ok: false,
      conflicts: ["nameEn"],
      values: { ...base, nameEn: "JV Cotton Tashkent", cityEn: "Tashkent", productsEn: "fabric" },
    });
    expect(merge(current, mine, { nameEn: "mine" })).toMatchObject({
      ok: true,
      values: { nameEn: "JV Cotton Tashkent", cityEn: "Tashkent", productsEn: "fabric" },
      keptTheirs: ["productsEn"],
      tookMine: ["nameEn"],
    });
    expect(merge(current, mine, { nameEn: "theirs" })).toMatchObject({
      ok: true,
      values: { nameEn: "JV Cotton Group", cityEn: "Tashkent" },
      keptTheirs: ["nameEn", "productsEn"],
    });
  });

  it("compares values as stored: the raw values taken are the form's", () => {
    // A missing checkbox and "" are the same once read; what is saved is the current form value.
    const stored = { base: { flag: false }, current: { flag: true }, mine: { flag: false } };
    expect(mergeByField({ fields: ["flag"], stored, current: { flag: "on" }, mine: {}, choices: {} })).toEqual({
      ok: true,
      values: { flag: "on" },
      keptTheirs: ["flag"],
      tookMine: [],
    });
  });
});
