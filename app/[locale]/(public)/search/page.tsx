import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { excerptAround } from "@/lib/search-text";
import { SEARCH_KINDS, cachedSearch, type SearchHit } from "@/lib/queries/search";
import { viewSearchParams } from "@/lib/query-route";
import { parseSearchQuery, toQueryString } from "@/lib/validation/filters";
import { HighlightedText } from "@/components/highlighted-text";
import { TargetName } from "@/components/target-name";
import { PageHeader } from "@/components/ui/page-header";
import { pageMetadata } from "@/lib/page-metadata";

// The public URL is /search?q=…, served from here; with a query, through ./view/[query] (lib/query-route.ts).
type Props = { params: Promise<{ locale: string; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "searchPage" });
  return pageMetadata({ locale, path: `/search${toQueryString(await viewSearchParams(params))}`, title: t("title"), description: t("intro") });
}

// Where each kind of result is shown.
function hitHref(hit: SearchHit): string | null {
  switch (hit.kind) {
    case "event":
      return `/summits/${hit.key}`;
    case "document":
      return `/documents?event=${hit.parent}#${hit.key}`;
    case "initiative":
      return `/initiatives/${hit.key}`;
    case "venture":
      return `/ventures/${hit.key}`;
    case "target":
      return `/targets/${hit.key}`;
    case "source":
      return `/sources/${hit.key}`;
  }
}

export default async function SearchPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const query = parseSearchQuery(await viewSearchParams(params));
  const [t, result] = await Promise.all([getTranslations("searchPage"), cachedSearch.searchPortal(query)]);
  const { terms, hits, targets, corrected, suggestion } = result;
  // Highlight the words a misspelling was read as, too.
  const marked = [...terms, ...corrected];

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <form method="get" action={`/${locale}/search`} role="search" className="flex max-w-2xl flex-col gap-2 sm:flex-row">
        <label htmlFor="search-query" className="sr-only">
          {t("label")}
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          placeholder={t("placeholder")}
          className="flex-1 rounded-md border border-line bg-surface px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong">
          {t("submit")}
        </button>
      </form>

      {query.trim() === "" ? (
        <p className="text-muted">{t("prompt")}</p>
      ) : terms.length === 0 ? (
        <p className="text-muted">{t("noTerms")}</p>
      ) : (
        <>
          <p className="text-sm text-faint" role="status" data-testid="result-count">
            {t("results", { count: hits.length, query })}
          </p>
          {corrected.length > 0 && (
            <p className="text-sm" data-testid="search-corrected">
              {t("corrected", { words: corrected.join(", ") })}
            </p>
          )}
          {suggestion && (
            <p className="text-lg" data-testid="search-suggestion">
              {t("didYouMean")}{" "}
              <Link href={{ pathname: "/search", query: { q: suggestion } }} className="font-medium">
                {suggestion}
              </Link>
              ?
            </p>
          )}
          {SEARCH_KINDS.map((kind) => {
            const group = hits.filter((hit) => hit.kind === kind);
            if (group.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`results-${kind}`} className="space-y-2">
                <h2 id={`results-${kind}`} className="text-lg font-semibold">
                  {t(`kind.${kind}`)} ({group.length})
                </h2>
                <ul className="record-list" data-testid={`results-${kind}`}>
                  {group.map((hit) => {
                    const href = hitHref(hit);
                    const target = targets[hit.key];
                    const title = target ? (
                      <TargetName target={target} locale={locale} />
                    ) : (
                      <HighlightedText text={localized(locale, hit.titleRu, hit.titleEn)} terms={marked} />
                    );
                    // The excerpt is in the page's language unless the match is only in the other one.
                    const text = localized(locale, hit.textRu, hit.textEn);
                    const other = localized(locale, hit.textEn, hit.textRu);
                    const matchesHere = marked.some((term) => text.toLowerCase().includes(term));
                    return (
                      <li key={`${hit.kind}-${hit.key}`} className="space-y-1 p-4" data-testid="result">
                        <p className="font-medium">{href ? <Link href={href}>{title}</Link> : title}</p>
                        <p className="text-sm text-muted" lang={matchesHere ? locale : localized(locale, "en", "ru")}>
                          <HighlightedText text={excerptAround(matchesHere ? text : other, marked)} terms={marked} />
                        </p>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
