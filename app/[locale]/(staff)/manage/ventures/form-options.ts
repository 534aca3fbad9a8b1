import { getTranslations } from "next-intl/server";
import { Sector, VentureStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { getFormOptions } from "@/lib/queries/form-options";
import { MAX_PARTNERS } from "@/lib/validation/venture-input";
import type { VentureFormOptions } from "./venture-form";

/** The venture form's choices, labelled in the page's language. */
export async function ventureFormOptions(locale: Locale): Promise<VentureFormOptions> {
  const [options, tSector, tStatus] = await Promise.all([getFormOptions(), getTranslations("sector"), getTranslations("ventureStatus")]);
  return {
    maxPartners: MAX_PARTNERS,
    countries: options.countries.map((c) => ({ value: c.code, label: `${localized(locale, c.nameRu, c.nameEn)} (${c.code})` })),
    sectors: Object.values(Sector).map((s) => ({ value: s, label: tSector(s) })),
    statuses: Object.values(VentureStatus).map((s) => ({ value: s, label: tStatus(s) })),
    initiatives: options.initiatives.map((i) => ({ value: i.id, label: localized(locale, i.titleRu, i.titleEn) })),
    documents: options.documents.map((d) => ({ value: d.id, label: localized(locale, d.titleRu, d.titleEn) })),
    sources: options.sources.map((s) => ({ value: s.id, label: [localized(locale, s.titleRu, s.titleEn), s.publisher].filter(Boolean).join(" — ") })),
  };
}
