import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { viewSearchParams } from "@/lib/query-route";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { redirect } from "@/lib/i18n/navigation";
import { formatDateWithPrecision } from "@/lib/format";
import { pageCount } from "@/lib/paging";
import { cachedSources } from "@/lib/queries/sources";
import { parsePage, toQueryString } from "@/lib/validation/filters";
import { Badge } from "@/components/ui/badge";
import { InferredMarker } from "@/components/inferred-marker";
import { Pagination } from "@/components/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { pageMetadata } from "@/lib/page-metadata";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "sourcesPage" });
  return pageMetadata({ locale, path: `/sources${toQueryString(await viewSearchParams(params))}`, title: t("title"), description: t("intro") });
}

// The public URL is /sources?filters, served from here; with a query, through ./view/[query] (lib/query-route.ts).
type Props = { params: Promise<{ locale: string; query?: string }> };

const PAGE_SIZE = 50;

export default async function SourcesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const [t, list] = await Promise.all([
    getTranslations("sourcesPage"),
    cachedSources.listSources({ page: parsePage(await viewSearchParams(params)), pageSize: PAGE_SIZE }),
  ]);
  const pageHref = (page: number) => (page > 1 ? `/sources?page=${page}` : "/sources");
  // A page past the end (an old link) goes to the last page there is.
  if (list.items.length === 0 && list.page > 1) redirect({ href: pageHref(pageCount(list)), locale });
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <ol className="record-list">
        {list.items.map((source) => (
          <li key={source.id} data-testid="source" className="space-y-1 p-4">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={source.kind === "ARTICLE" ? "accent" : "neutral"}>{t(`kind${source.kind}`)}</Badge>
              <span className="text-sm text-muted">
                {source.publishedOn ? formatDateWithPrecision(source.publishedOn, source.publishedPrecision, locale) : t("dateNotStated")}
                {source.publishedOnInferred && <InferredMarker />}
              </span>
            </p>
            <p className="font-medium">
              <Link href={`/sources/${source.id}`}>{localized(locale, source.titleRu, source.titleEn)}</Link>
            </p>
            <p className="text-sm text-muted">
              {[source.author, source.publisher].filter(Boolean).join(", ")}
              {(source.author || source.publisher) && " · "}
              {t("citations", { count: source._count.citations })}
            </p>
          </li>
        ))}
      </ol>
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} href={pageHref} />
    </div>
  );
}
