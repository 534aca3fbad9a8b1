import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("messages", () => {
  it("has every English string in Russian too, and no extra ones", () => {
    expect(keys(ru).sort()).toEqual(keys(en).sort());
  });

  it("leaves no string empty", () => {
    for (const messages of [en, ru]) {
      const empty = keys(messages).filter((key) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages) === "");
      expect(empty).toEqual([]);
    }
  });
});

describe("sentences that count", () => {
  const translate = (locale: "en" | "ru") => createTranslator({ locale, messages: locale === "en" ? en : ru });
  const countingKeys = (messages: object) =>
    keys(messages).filter((key) => /\{(\w+), plural,/.test(key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages) as string));

  it("reads the Azerbaijan series' note without 'only no' or 'дают ни одного'", () => {
    expect(translate("en")("trade.thinGeneric", { count: 0 })).toBe(
      "The sources give no full-year figure for this series. No trend can be read from it, and none is drawn.",
    );
    expect(translate("ru")("trade.thinGeneric", { count: 0 })).toBe(
      "Источники не дают ни одного годового значения для этого ряда. Тенденцию по ним не определить, и она не рисуется.",
    );
  });

  it("agrees every Russian count with its noun for 1, 2–4, 5+ and 21", () => {
    const t = translate("ru");
    expect([1, 2, 5, 21].map((count) => t("trade.thinGeneric", { count }).split(" для")[0])).toEqual([
      "Источники дают лишь одно годовое значение",
      "Источники дают лишь 2 годовых значения",
      "Источники дают лишь 5 годовых значений",
      "Источники дают лишь 21 годовое значение",
    ]);
    expect([1, 21].map((count) => t("trade.summaryAnnual", { count, list: "…" }))).toEqual([
      "Опубликовано одно годовое значение: ….",
      "Опубликовано 21 годовое значение: ….",
    ]);
    expect([2, 5, 21].map((count) => t("import.extraCells", { count, expected: 1 }))).toEqual([
      "В строке 2 ячейки, а в заголовке только 1.",
      "В строке 5 ячеек, а в заголовке только 1.",
      "В строке 21 ячейка, а в заголовке только 1.",
    ]);
    expect(t("trade.thinIntra", { count: 2, inferred: 2, all: "yes" })).toContain("и год каждого из них установлен");
    expect(t("trade.thinIntra", { count: 2, inferred: 1, all: "no" })).toContain(
      "лишь 2 годовых значения внутрирегиональной торговли, и год одного из них установлен",
    );
  });

  it("says one row, not '1 rows', in English", () => {
    const t = translate("en");
    expect(t("import.summaryOk", { count: 1 })).toBe("The row is valid. Nothing has been written yet.");
    expect(t("import.importRows", { count: 1 })).toBe("Import 1 row");
    expect(t("initiatives.summaryLimited", { shown: 1, events: 1 })).toMatch(/^The most recent of 1 event with/);
    expect(t("trade.thinIntra", { count: 1, inferred: 1, all: "no" })).toContain(
      "only one full-year figure for intra-regional trade, and its year is inferred",
    );
  });

  it("formats every counting message in both languages for 0, 1, 2, 5 and 21 without a raw placeholder", () => {
    for (const locale of ["en", "ru"] as const) {
      const messages = locale === "en" ? en : ru;
      const t = translate(locale);
      for (const key of countingKeys(messages)) {
        for (const n of [0, 1, 2, 5, 21]) {
          const values = {
            all: "no",
            count: n,
            years: n,
            seconds: n,
            events: n,
            shown: n,
            inferred: Math.min(n, 1),
            errors: Math.min(n, 1),
            rows: n,
            max: 5000,
            list: "L",
            query: "q",
            value: "V",
            year: "Y",
            target: "T",
            horizon: "H",
            growth: "G",
            country: "C",
            expected: 1,
          };
          const text = t(key as never, values as never) as string;
          expect(text, `${locale} ${key} ${n}`).not.toMatch(/[{}]|only no|лишь 0|(?<!не )дают ни/);
        }
      }
    }
  });
});
