import { getTranslations } from "next-intl/server";
import { TradeScope } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { getFormOptions } from "@/lib/queries/form-options";
import type { TradeFigureFormOptions } from "./trade-figure-form";

/** The trade-figure form's choices, labelled in the page's language. */
export async function tradeFigureFormOptions(locale: Locale): Promise<TradeFigureFormOptions> {
  const [options, t] = await Promise.all([getFormOptions(), getTranslations("tradeFigureForm")]);
  return {
    scopes: Object.values(TradeScope).map((s) => ({ value: s, label: t(`scopes.${s}`) })),
    countries: options.countries.map((c) => ({ value: c.code, label: `${localized(locale, c.nameRu, c.nameEn)} (${c.code})` })),
    sources: options.sources.map((s) => ({ value: s.id, label: [localized(locale, s.titleRu, s.titleEn), s.publisher].filter(Boolean).join(" — ") })),
  };
}
