import { getLocale, getTranslations } from "next-intl/server";
import type { CitationDto } from "@/lib/queries/citations";
import { formatDateWithPrecision } from "@/lib/format";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { CitationQuote } from "@/components/citation-quote";

/** The sources of one fact: title, publisher, date and the quoted passage. */
export async function SourceCitation({ citations }: { citations: CitationDto[] }) {
  const t = await getTranslations("citation");
  const locale = (await getLocale()) as Locale;
  if (citations.length === 0) return <p className="text-xs text-faint">{t("noSource")}</p>;
  return (
    <ul className="space-y-2 text-xs text-muted">
      {citations.map((citation) => {
        const { source } = citation;
        const meta = [
          source.publisher,
          source.author,
          source.publishedOn && formatDateWithPrecision(source.publishedOn, source.publishedPrecision, locale),
        ].filter(Boolean);
        return (
          <li key={citation.id}>
            <span className="font-medium">{t("source")}: </span>
            {/* The portal's page of the source (what it is, what else cites it), then the original. */}
            <a href={`/${locale}/sources/${source.id}`}>{localized(locale, source.titleRu, source.titleEn)}</a>
            {meta.length > 0 && <span>, {meta.join(", ")}</span>}
            {source.url && (
              <>
                {" · "}
                <a href={source.url}>{t("original")}</a>
              </>
            )}
            {citation.quote && <CitationQuote quote={citation.quote} quoteEn={citation.quoteEn} language={source.language} locale={locale} className="mt-1" />}
            {citation.noteRu && <p className="mt-1">{localized(locale, citation.noteRu, citation.noteEn)}</p>}
          </li>
        );
      })}
    </ul>
  );
}
