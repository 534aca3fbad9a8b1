import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { figureGrowthText, figureValueText, seriesName } from "@/lib/charts/figure-text";
import { Decimal } from "@/lib/decimal";
import type { Locale } from "@/lib/i18n/routing";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

// The pages' own translations, so each test reads what a visitor reads.
const messages = { en, ru };
const figureT = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "figure" });
const scopeT = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "scope" });

const NBSP = "\u00a0";
const value = (usd: string | null, isLowerBound = false) => ({ valueUsd: usd === null ? null : new Decimal(usd), isLowerBound });
const growth = (percent: string | null, overYears: number | null, isLowerBound = false) => ({
  growthPercent: percent === null ? null : new Decimal(percent),
  growthIsLowerBound: isLowerBound,
  growthOverYears: overYears,
});

describe("a figure's value as the trade page writes it", () => {
  it("gives intra-regional trade in 2024 as $11.5 bn / 11,5 млрд $", () => {
    expect(figureValueText(value("11500000000"), "en", figureT("en"))).toBe("$11.5 bn");
    expect(figureValueText(value("11500000000"), "ru", figureT("ru"))).toBe("11,5 млрд $");
  });

  it("says 'more than' where the source gives a lower bound (Kazakhstan–Uzbekistan, 2020)", () => {
    expect(figureValueText(value("3000000000", true), "en", figureT("en"))).toBe("more than $3 bn");
    expect(figureValueText(value("3000000000", true), "ru", figureT("ru"))).toBe("более 3 млрд $");
  });

  it("says that no value is reported for a growth-only figure (Azerbaijan, 2025)", () => {
    expect(figureValueText(value(null), "en", figureT("en"))).toBe("no value reported");
    expect(figureValueText(value(null), "ru", figureT("ru"))).toBe("объём не приводится");
  });
});

describe("a figure's growth as the trade page writes it", () => {
  it("gives Kazakhstan–Uzbekistan's +36.5% for January–October 2021 as year on year", () => {
    expect(figureGrowthText(growth("36.5", 1), "en", figureT("en"))).toBe("+36.5% year on year");
    expect(figureGrowthText(growth("36.5", 1), "ru", figureT("ru"))).toBe(`+36,5${NBSP}% к прошлому году`);
  });

  it("gives 'more than +80% over 5 years' for intra-regional trade in 2022, with the Russian plural", () => {
    expect(figureGrowthText(growth("80", 5, true), "en", figureT("en"))).toBe("more than +80% over 5 years");
    expect(figureGrowthText(growth("80", 5, true), "ru", figureT("ru"))).toBe(`более +80${NBSP}% за 5 лет`);
    expect(figureGrowthText(growth("80", 2), "ru", figureT("ru"))).toBe(`+80${NBSP}% за 2 года`);
  });

  it("writes a fall with its minus sign only, and a growth with no stated period as the bare rate", () => {
    expect(figureGrowthText(growth("-4.2", null), "en", figureT("en"))).toBe("-4.2%");
    expect(figureGrowthText(growth("13", null), "en", figureT("en"))).toBe("+13%");
  });

  it("writes nothing where the source gives no growth", () => {
    expect(figureGrowthText(growth(null, null), "en", figureT("en"))).toBeNull();
  });
});

describe("a series' name", () => {
  const kazakhstan = { nameRu: "Казахстан", nameEn: "Kazakhstan" };
  const uzbekistan = { nameRu: "Узбекистан", nameEn: "Uzbekistan" };
  const azerbaijan = { nameRu: "Азербайджан", nameEn: "Azerbaijan" };

  it("names the intra-regional, bilateral and partner-region series in the page's language", () => {
    expect(seriesName({ scope: "INTRA_REGIONAL", countryA: null, countryB: null }, "en", scopeT("en"))).toBe("Intra-regional trade of Central Asia");
    expect(seriesName({ scope: "BILATERAL", countryA: kazakhstan, countryB: uzbekistan }, "en", scopeT("en"))).toBe("Kazakhstan–Uzbekistan trade");
    expect(seriesName({ scope: "BILATERAL", countryA: kazakhstan, countryB: uzbekistan }, "ru", scopeT("ru"))).toBe("Торговля: Казахстан — Узбекистан");
    expect(seriesName({ scope: "PARTNER_REGION", countryA: azerbaijan, countryB: null }, "en", scopeT("en"))).toBe("Trade between Azerbaijan and Central Asia");
  });
});
