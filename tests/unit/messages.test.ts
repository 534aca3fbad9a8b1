import { describe, expect, it } from "vitest";
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
