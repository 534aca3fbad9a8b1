import { getTranslations } from "next-intl/server";
import { Sector } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { getFormOptions } from "@/lib/queries/form-options";
import { listEventOptions } from "@/lib/queries/summits";
import { isoDay } from "@/lib/format";
import type { InitiativeFormOptions } from "./initiative-form";

/** The initiative form's choices, labelled in the page's language. */
export async function initiativeFormOptions(locale: Locale): Promise<InitiativeFormOptions> {
  const [options, events, tSector] = await Promise.all([getFormOptions(), listEventOptions(), getTranslations("sector")]);
  return {
    countries: options.countries.map((c) => ({ value: c.code, label: `${localized(locale, c.nameRu, c.nameEn)} (${c.code})` })),
    sectors: Object.values(Sector).map((s) => ({ value: s, label: tSector(s) })),
    events: events.map((e) => ({ value: e.id, label: `${localized(locale, e.titleRu, e.titleEn)} (${isoDay(e.startDate)})` })),
    documents: options.documents.map((d) => ({ value: d.id, label: localized(locale, d.titleRu, d.titleEn) })),
    sources: options.sources.map((s) => ({ value: s.id, label: [localized(locale, s.titleRu, s.titleEn), s.publisher].filter(Boolean).join(" — ") })),
  };
}
