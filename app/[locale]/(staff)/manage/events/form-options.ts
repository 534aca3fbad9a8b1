import { getTranslations } from "next-intl/server";
import { DocumentAdoption, DocumentType, EventKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { getFormOptions } from "@/lib/queries/form-options";
import type { EventFormOptions } from "./event-form";
import type { DocumentFormOptions } from "./document-form";

/** The event form's choices, labelled in the page's language. */
export async function eventFormOptions(locale: Locale): Promise<EventFormOptions> {
  const [options, tKind] = await Promise.all([getFormOptions(), getTranslations("eventKind")]);
  return {
    kinds: Object.values(EventKind).map((k) => ({ value: k, label: tKind(k) })),
    countries: options.countries.map((c) => ({ value: c.code, label: `${localized(locale, c.nameRu, c.nameEn)} (${c.code})` })),
    sources: options.sources.map((s) => ({ value: s.id, label: [localized(locale, s.titleRu, s.titleEn), s.publisher].filter(Boolean).join(" — ") })),
  };
}

/** The document form's choices: the other documents of the same event may approve it. */
export async function documentFormOptions(locale: Locale, eventDocuments: { id: string; titleRu: string; titleEn: string }[]): Promise<DocumentFormOptions> {
  const [options, tType, tAdoption] = await Promise.all([getFormOptions(), getTranslations("documentType"), getTranslations("documentAdoption")]);
  return {
    types: Object.values(DocumentType).map((v) => ({ value: v, label: tType(v) })),
    adoptions: Object.values(DocumentAdoption).map((v) => ({ value: v, label: tAdoption(v) })),
    documents: eventDocuments.map((d) => ({ value: d.id, label: localized(locale, d.titleRu, d.titleEn) })),
    sources: options.sources.map((s) => ({ value: s.id, label: [localized(locale, s.titleRu, s.titleEn), s.publisher].filter(Boolean).join(" — ") })),
  };
}
