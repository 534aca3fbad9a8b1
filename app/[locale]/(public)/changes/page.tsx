import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getMessages, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { viewSearchParams } from "@/lib/query-route";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { Decimal } from "@/lib/decimal";
import { formatDate, formatDateWithPrecision, formatPeriod, formatUsd } from "@/lib/format";
import { enumNamespace, orderChanges, type FieldChange, type SnapshotValue } from "@/lib/audit/diff";
import { newHistoryEntries } from "@/lib/audit/public-changes";
import { MONEY_FIELDS, referencesOf } from "@/lib/audit/references";
import { seriesName } from "@/lib/charts/figure-text";
import { cachedChanges, type PublicChange, type RecordName } from "@/lib/queries/changes";
import { cachedFeed } from "@/lib/queries/feed";
import { cachedSummits } from "@/lib/queries/summits";
import { changesQueryParams, parseChangesQuery, type ChangesQuery, type FollowFilters } from "@/lib/validation/follow";
import { toQueryString } from "@/lib/validation/filters";
import { followFeed, pageMetadata } from "@/lib/page-metadata";
import { Link } from "@/components/link";
import { Badge } from "@/components/ui/badge";
import { ChoiceOptions } from "@/components/choice-options";
import { FollowLink } from "@/components/follow-link";
import { Pagination } from "@/components/pagination";
import { PageHeader } from "@/components/ui/page-header";

// What changed since a day the visitor picks, from the audit log's public part
// (lib/queries/changes.ts). The public URL is /changes?since=…, served from here; with a
// query, through ./view/[query] (lib/query-route.ts).
type Props = { params: Promise<{ locale: string; query?: string }> };

// Where there has been no Consultative Meeting yet (an empty database), from the first day of the portal's data.
const NO_MEETING_SINCE = new Date("2000-01-01T00:00:00Z");
// A text longer than this is said to be rewritten rather than quoted twice.
const SHORT_TEXT = 120;

async function load(params: Props["params"]) {
  const query = parseChangesQuery(await viewSearchParams(params));
  const filters = { summit: query.summit, initiative: query.initiative, country: query.country };
  const [meeting, subject] = await Promise.all([cachedSummits.getLatestConsultativeMeeting(), cachedFeed.getFollowSubject(filters)]);
  const defaultSince = meeting?.startDate ?? NO_MEETING_SINCE;
  return { query, filters, subject, defaultSince, since: query.since ?? defaultSince };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { query, filters, subject } = await load(params);
  const t = await getTranslations({ locale, namespace: "changes" });
  const known = subject ? filters : {};
  return pageMetadata({
    locale,
    path: `/changes${toQueryString(changesQueryParams(query))}`,
    title: t("title"),
    description: t("intro"),
    feed: await followFeed(locale, known),
  });
}

export default async function ChangesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { query, filters, subject, defaultSince, since } = await load(params);
  // A summit, initiative or country that names nothing follows nothing: the page shows everything and says so by its empty menus.
  const followed: FollowFilters = subject ? filters : {};
  const [t, tFilters, tFields, tScope, tAll, messages, list, markers, options] = await Promise.all([
    getTranslations("changes"),
    getTranslations("filters"),
    getTranslations("auditFields"),
    getTranslations("scope"),
    getTranslations(),
    getMessages(),
    cachedChanges.listPublicChanges({ ...followed, since }, query.page),
    cachedSummits.listChartMarkers(),
    cachedSummits.getTimelineFilterOptions(),
  ]);
  const sinceText = formatDate(since, locale);
  const pageHref = (page: number) => `/changes${toQueryString(changesQueryParams({ ...query, ...followed, page } as ChangesQuery))}`;
  const fieldOrder = Object.keys(messages.auditFields);
  const meetings = markers.filter((m) => m.kind === "CONSULTATIVE_MEETING").reverse();
  const subjectName = subject?.initiative ? localized(locale, subject.initiative.titleRu, subject.initiative.titleEn) : undefined;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <form
        method="get"
        action={`/${locale}/changes`}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-4"
        aria-label={tFilters("legend")}
      >
        <label className="flex min-w-[10rem] flex-1 flex-col gap-1 text-sm sm:flex-none">
          <span className="font-medium">{t("since")}</span>
          <input
            type="date"
            name="since"
            defaultValue={since.toISOString().slice(0, 10)}
            min="1991-01-01"
            max="2100-12-31"
            aria-describedby="since-hint"
            aria-invalid={query.badSince ? true : undefined}
            className="rounded-md border border-line bg-surface px-2 py-1.5"
          />
        </label>
        <label className="flex min-w-[10rem] flex-1 flex-col gap-1 text-sm sm:flex-none">
          <span className="font-medium">{t("summit")}</span>
          <select name="summit" defaultValue={followed.summit ?? ""} className="rounded-md border border-line bg-surface px-2 py-1.5">
            <ChoiceOptions choices={meetings.map((m) => ({ value: m.slug, label: localized(locale, m.titleRu, m.titleEn) }))} empty={tFilters("all")} />
          </select>
        </label>
        <label className="flex min-w-[10rem] flex-1 flex-col gap-1 text-sm sm:flex-none">
          <span className="font-medium">{t("country")}</span>
          <select name="country" defaultValue={followed.country ?? ""} className="rounded-md border border-line bg-surface px-2 py-1.5">
            <ChoiceOptions
              choices={options.participants.map((c) => ({ value: c.code, label: localized(locale, c.nameRu, c.nameEn) }))}
              empty={tFilters("all")}
            />
          </select>
        </label>
        {followed.initiative && <input type="hidden" name="initiative" value={followed.initiative} />}
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded-md bg-accent px-4 py-1.5 text-sm font-medium text-white hover:bg-accent-strong">
            {tFilters("apply")}
          </button>
          <a href={`/${locale}/changes`} className="text-sm">
            {tFilters("reset")}
          </a>
        </div>
        <p id="since-hint" className="w-full text-sm text-muted">
          {t("defaultSince", { date: formatDate(defaultSince, locale) })}
        </p>
      </form>
      {query.badSince && (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-warning" data-testid="bad-since">
          {t("badSince", { value: query.badSince, date: sinceText })}
        </p>
      )}
      {followed.initiative && subjectName && (
        <p className="text-sm">
          {t("initiative")}: <Link href={`/initiatives/${followed.initiative}`}>{subjectName}</Link> ·{" "}
          <Link href={`/changes${toQueryString(changesQueryParams({ ...query, initiative: undefined, page: 1 }))}`}>{t("allInitiatives")}</Link>
        </p>
      )}
      <p className="flex flex-wrap items-center justify-between gap-3 text-sm text-faint">
        <span data-testid="change-count" aria-live="polite">
          {t("count", { count: list.total, date: sinceText })}
        </span>
        <FollowLink filters={followed} subject={subjectName} />
      </p>
      {list.items.length === 0 ? (
        <p className="text-muted">{t("empty", { date: sinceText })}</p>
      ) : (
        <ol className="space-y-3" aria-label={t("listLabel")} data-testid="changes">
          {list.items.map((change) => (
            <li key={change.id} className="rounded-lg border border-line bg-surface p-4 break-words" data-testid="change">
              <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <time dateTime={change.at.toISOString()} className="tabular text-sm text-muted">
                  {formatDate(change.at, locale)}
                </time>
                <Badge tone={change.action === "CREATE" ? "accent" : "neutral"}>
                  {t(`action.${change.action}`)}: {t(`entity.${change.entity}`)}
                </Badge>
                <Link href={change.path} className="font-medium">
                  {recordName(change.record)}
                </Link>
              </p>
              {change.action === "UPDATE" && <ChangedFields change={change} />}
            </li>
          ))}
        </ol>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} href={pageHref} />
    </div>
  );

  function recordName(record: RecordName): string {
    if (record.type === "titled") return localized(locale, record.ru, record.en);
    const series = seriesName(record, locale, tScope);
    if (record.type === "figure") return `${series}, ${formatPeriod(record.periodStart, record.periodEnd, locale)}`;
    return `${formatUsd(record.valueUsd, locale)}: ${series}`;
  }

  function ChangedFields({ change }: { change: PublicChange }) {
    // The reader's language only: an English reader is not told the Russian title changed.
    const other = locale === "ru" ? "En" : "Ru";
    const fields = orderChanges(change.changes, fieldOrder).filter((c) => !c.field.endsWith(other));
    if (fields.length === 0) return null;
    return (
      <ul className="mt-2 space-y-1 text-sm">
        {fields.map((c) => (
          <li key={c.field}>{fieldWords(change.entity, c, locale)}</li>
        ))}
      </ul>
    );
  }

  function fieldWords(entity: string, c: FieldChange, locale: Locale): ReactNode {
    const label = tFields.has(c.field as "nameRu") ? tFields(c.field as "nameRu") : c.field;
    if (c.field === "history") {
      const entries = newHistoryEntries(c.before, c.after).map((e) =>
        t(e.check ? "historyCheck" : "historyChange", {
          date: formatDateWithPrecision(new Date(`${e.date.padEnd(10, "-01").slice(0, 10)}T00:00:00Z`), e.precision, locale),
          status: tAll.has(`initiativeStatus.${e.status}` as never) ? tAll(`initiativeStatus.${e.status}` as never) : e.status,
        }),
      );
      return entries.length > 0 ? t("history", { entries: entries.join("; ") }) : label;
    }
    // Records named by id (sources, documents) and long texts: that the field changed, not two ids or two essays.
    const isId = referencesOf(c.field, "x").some((ref) => ref.kind !== "country");
    const long = [c.before, c.after].some((v) => typeof v === "string" && v.length > SHORT_TEXT);
    if (isId || long) return `${label}: ${t("longText")}`;
    return (
      <>
        {label}: <del className="text-danger no-underline">{show(entity, c.field, c.before)}</del> →{" "}
        <ins className="text-positive no-underline">{show(entity, c.field, c.after)}</ins>
      </>
    );
  }

  function show(entity: string, field: string, value: SnapshotValue): string {
    if (value === null) return "—";
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (MONEY_FIELDS.has(field)) return formatUsd(new Decimal(String(value)), locale);
    const countries = referencesOf(field, value).filter((ref) => ref.kind === "country");
    if (countries.length > 0)
      return countries
        .map((ref) => options.participants.find((c) => c.code === ref.id))
        .map((c, i) => (c ? localized(locale, c.nameRu, c.nameEn) : countries[i]!.id))
        .join(", ");
    const namespace = enumNamespace(entity, field);
    const key = `${namespace}.${value}`;
    return namespace && tAll.has(key as never) ? tAll(key as never) : String(value);
  }
}
