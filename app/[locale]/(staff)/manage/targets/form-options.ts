import { getTranslations } from "next-intl/server";
import { TradeScope } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { getFormOptions } from "@/lib/queries/form-options";
import { listEventOptions } from "@/lib/queries/summits";
import { isoDay } from "@/lib/format";
import type { TargetFormOptions } from "./target-form";

/** The target form's choices, labelled in the page's language. */
export async function targetFormOptions(locale: Locale): Promise<TargetFormOptions> {
  const [options, events, t] = await Promise.all([getFormOptions(), listEventOptions(), getTranslations("targetForm")]);
  return {
    scopes: Object.values(TradeScope).map((s) => ({ value: s, label: t(`scopes.${s}`) })),
    countries: options.countries.map((c) => ({ value: c.code, label: `${localized(locale, c.nameRu, c.nameEn)} (${c.code})` })),
    events: events.map((e) => ({ value: e.id, label: `${localized(locale, e.titleRu, e.titleEn)} (${isoDay(e.startDate)})` })),
    sources: options.sources.map((s) => ({ value: s.id, label: [localized(locale, s.titleRu, s.titleEn), s.publisher].filter(Boolean).join(" — ") })),
  };
}
