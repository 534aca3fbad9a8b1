import type { createTranslator, Messages } from "next-intl";
import type { Decimal } from "@/lib/decimal";
import { formatPercent, formatPeriod, formatUsd } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import type { TradeScope } from "@/lib/generated/prisma/enums";

/** next-intl's translator of one namespace, typed: a key the messages lack fails `tsc`. */
type Translator<Namespace extends "figure" | "scope" | "tradeFigure"> = ReturnType<typeof createTranslator<Messages, Namespace>>;

/** "$11.5 bn", "more than $3 bn", or "no value reported". */
export function figureValueText(f: { valueUsd: Decimal | null; isLowerBound: boolean }, locale: Locale, t: Translator<"figure">): string {
  if (!f.valueUsd) return t("noValue");
  const value = formatUsd(f.valueUsd, locale);
  return f.isLowerBound ? t("lowerBound", { value }) : value;
}

/** "+36.5% year on year", "more than +80% over 5 years"; null where no growth is reported. */
export function figureGrowthText(
  f: { growthPercent: Decimal | null; growthIsLowerBound: boolean; growthOverYears: number | null },
  locale: Locale,
  t: Translator<"figure">,
): string | null {
  if (!f.growthPercent) return null;
  const ratio = f.growthPercent.div(100).toNumber();
  let growth = t("growth", { sign: ratio > 0 ? "+" : "", percent: formatPercent(ratio, locale) });
  if (f.growthIsLowerBound) growth = t("growthMoreThan", { growth });
  if (f.growthOverYears === 1) return t("growthYoY", { growth });
  if (f.growthOverYears) return t("growthOver", { growth, years: f.growthOverYears });
  return growth;
}

/** The short name of a series: "Intra-regional trade of Central Asia", "Kazakhstan–Uzbekistan trade". */
export function seriesName(
  s: { scope: TradeScope; countryA: { nameRu: string; nameEn: string } | null; countryB: { nameRu: string; nameEn: string } | null },
  locale: Locale,
  t: Translator<"scope">,
): string {
  const a = s.countryA ? localized(locale, s.countryA.nameRu, s.countryA.nameEn) : "";
  const b = s.countryB ? localized(locale, s.countryB.nameRu, s.countryB.nameEn) : "";
  return t(s.scope, { a, b });
}

/** A stated figure in one line, as the sources page names it: "Kazakhstan–Uzbekistan trade, 2024: $4.2 bn". */
export function figureLine(
  f: {
    scope: TradeScope;
    countryACode: string | null;
    countryBCode: string | null;
    periodStart: Date;
    periodEnd: Date;
    valueUsd: Decimal | null;
    isLowerBound: boolean;
  },
  names: Record<string, string>,
  locale: Locale,
  t: Translator<"tradeFigure">,
): string {
  const name = (code: string | null) => (code ? (names[code] ?? code) : "");
  const value = f.valueUsd ? (f.isLowerBound ? t("lowerBound", { value: formatUsd(f.valueUsd, locale) }) : formatUsd(f.valueUsd, locale)) : t("noValue");
  return t(f.scope, { a: name(f.countryACode), b: name(f.countryBCode), period: formatPeriod(f.periodStart, f.periodEnd, locale), value });
}
