import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A quoted passage, verbatim and first. On English pages a passage in another language is
 * followed by the portal's English translation, marked as such, or by a note that there is
 * none yet; Russian pages show the original only.
 */
export async function CitationQuote({
  quote,
  quoteEn,
  language,
  locale,
  className = "",
}: {
  quote: string;
  quoteEn: string | null;
  language: string;
  locale: Locale;
  className?: string;
}) {
  const t = await getTranslations("citation");
  const translate = locale === "en" && language !== "en";
  return (
    <div className={`space-y-1 ${className}`} data-testid="citation-quote">
      <blockquote lang={language} className="border-l-2 border-line pl-2 italic">
        {translate && <span className="block text-xs not-italic text-faint">{t("originalLanguage", { language })}</span>}«{quote}»
      </blockquote>
      {translate &&
        (quoteEn ? (
          <figure lang="en" className="border-l-2 border-dashed border-line pl-2" data-testid="quote-translation">
            <figcaption className="text-xs text-faint" title={t("translationHint")}>
              {t("translation")}
            </figcaption>
            <blockquote>“{quoteEn}”</blockquote>
          </figure>
        ) : (
          <p className="pl-2 text-xs text-faint" data-testid="quote-translation-missing">
            {t("translationNotAvailable")}
          </p>
        ))}
    </div>
  );
}
