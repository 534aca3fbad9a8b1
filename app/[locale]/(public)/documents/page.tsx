import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { viewSearchParams } from "@/lib/query-route";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { redirect } from "@/lib/i18n/navigation";
import { cachedDocuments, type DocumentListItem } from "@/lib/queries/documents";
import { pageCount } from "@/lib/paging";
import { parseDocumentFilters, parsePage, toQueryString } from "@/lib/validation/filters";
import { Badge } from "@/components/ui/badge";
import { EventDate } from "@/components/event-date";
import { FilterForm } from "@/components/filter-form";
import { Pagination } from "@/components/pagination";
import { SourceCitation } from "@/components/source-citation";
import { PageHeader } from "@/components/ui/page-header";
import { pageMetadata } from "@/lib/page-metadata";

// The public URL is /documents?filters, served from here; with a query, through ./view/[query] (lib/query-route.ts).
type Props = { params: Promise<{ locale: string; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "documentsPage" });
  return pageMetadata({ locale, path: `/documents${toQueryString(await viewSearchParams(params))}`, title: t("title"), description: t("intro") });
}

const PAGE_SIZE = 25;

function groupByEvent(documents: DocumentListItem[]): DocumentListItem[][] {
  const groups = new Map<string, DocumentListItem[]>();
  for (const doc of documents) groups.set(doc.event.slug, [...(groups.get(doc.event.slug) ?? []), doc]);
  return [...groups.values()];
}

export default async function DocumentsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const query = await viewSearchParams(params);
  const filters = parseDocumentFilters(query);
  const [t, tEvent, tType, list, options] = await Promise.all([
    getTranslations("documentsPage"),
    getTranslations("eventPage"),
    getTranslations("documentType"),
    cachedDocuments.listDocuments(filters, { page: parsePage(query), pageSize: PAGE_SIZE }),
    cachedDocuments.getDocumentFilterOptions(),
  ]);
  const pageHref = (page: number) => `/documents${toQueryString({ ...filters, page: page > 1 ? page : undefined })}`;
  // A page past the end (an old link, narrower filters) goes to the last page there is.
  if (list.items.length === 0 && list.page > 1) redirect({ href: pageHref(pageCount(list)), locale });

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <FilterForm
        action={`/${locale}/documents`}
        resetHref={`/${locale}/documents`}
        fields={[
          {
            name: "event",
            label: t("event"),
            value: filters.event,
            options: options.events.map((e) => ({ value: e.slug, label: localized(locale, e.titleRu, e.titleEn) })),
          },
          { name: "type", label: t("type"), value: filters.type, options: options.types.map((type) => ({ value: type, label: tType(type) })) },
        ]}
      />
      <p className="text-sm text-faint" data-testid="document-count">
        {t("count", { count: list.total })}
      </p>
      {list.items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        groupByEvent(list.items).map((documents) => {
          const event = documents[0]!.event;
          return (
            <section key={event.slug} aria-labelledby={`docs-${event.slug}`} className="rounded-lg border border-line bg-surface p-4 sm:p-6">
              <h2 id={`docs-${event.slug}`} className="text-lg font-semibold">
                <Link href={`/summits/${event.slug}`}>{localized(locale, event.titleRu, event.titleEn)}</Link>
              </h2>
              <p className="tabular text-sm text-muted">
                <EventDate start={event.startDate} end={event.endDate} precision={event.datePrecision} inferred={event.dateInferred} locale={locale} />
              </p>
              <ol className="mt-3 space-y-4">
                {documents.map((doc) => (
                  <li key={doc.id} id={doc.id} data-testid="document" className="space-y-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <Badge tone={doc.adoption === "SIGNED" ? "accent" : "neutral"}>{tEvent(doc.adoption === "SIGNED" ? "signed" : "approved")}</Badge>
                      <Badge>{tType(doc.type)}</Badge>
                    </p>
                    <p className="font-medium">{localized(locale, doc.titleRu, doc.titleEn)}</p>
                    {doc.approvedBy && (
                      <p className="text-sm text-muted">{tEvent("approvedBy", { title: localized(locale, doc.approvedBy.titleRu, doc.approvedBy.titleEn) })}</p>
                    )}
                    {doc.adoptsInitiatives.length > 0 && (
                      <p className="text-sm">
                        {t("adoptsInitiatives")}:{" "}
                        {doc.adoptsInitiatives.map((initiative, i) => (
                          <span key={initiative.id}>
                            {i > 0 && ", "}
                            <Link href={`/initiatives/${initiative.id}`}>{localized(locale, initiative.titleRu, initiative.titleEn)}</Link>
                          </span>
                        ))}
                      </p>
                    )}
                    {doc.ventures.length > 0 && (
                      <p className="text-sm">
                        {t("ventures")}:{" "}
                        {doc.ventures.map((v, i) => (
                          <span key={v.id}>
                            {i > 0 && ", "}
                            <Link href={`/ventures/${v.id}`}>{localized(locale, v.nameRu, v.nameEn)}</Link>
                          </span>
                        ))}
                      </p>
                    )}
                    <SourceCitation citations={doc.citations} />
                  </li>
                ))}
              </ol>
            </section>
          );
        })
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} href={pageHref} />
    </div>
  );
}
