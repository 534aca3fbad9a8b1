import { Feed } from "feed";
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { siteUrl } from "@/lib/site-url";
import { formatDateWithPrecision, formatPeriod, formatUsd } from "@/lib/format";
import { feedPath, type FollowFilters } from "@/lib/validation/follow";
import { reportedSeriesKey } from "@/lib/trade-stats/series-key";
import { seriesName } from "@/lib/charts/figure-text";
import type { FeedEntry, FeedSource, FollowSubject } from "@/lib/queries/feed";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

// Ids are tag: URIs (RFC 4151) under a fixed name, so they survive a change of SITE_URL; each
// language's feed is its own, so the locale is part of them.
const TAG = "tag:ca-cooperation-monitor,2026";

// A feed with no entry yet has no date from the data; this one never changes.
const NO_ENTRY_UPDATED = new Date("2026-01-01T00:00:00Z");

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const absolute = (locale: Locale, path: string) => new URL(`/${locale}${path}`, siteUrl()).href;

/** The public page of the record an entry is about, without the locale. */
export function feedEntryPath(entry: FeedEntry): string {
  switch (entry.type) {
    case "event":
      return `/summits/${entry.slug}`;
    case "status":
      return `/initiatives/${entry.initiative.id}`;
    case "venture":
      return `/ventures/${entry.id}`;
    case "tradeFigure": {
      if (!entry.reporterCode || !entry.frequency)
        return `/trade?series=${[entry.scope, entry.countryA?.code, entry.countryB?.code].filter(Boolean).join("-")}`;
      const partner = entry.countryA?.code === entry.reporterCode ? entry.countryB?.code : entry.countryA?.code;
      const key = reportedSeriesKey({ reporter: entry.reporterCode, partner: partner ?? "", flow: entry.flow, frequency: entry.frequency });
      return entry.revisions.length > 0 ? `/trade/revisions/${key}` : `/trade?compare=${key}`;
    }
  }
}

const ENTRY_KIND = { event: "event", status: "status-entry", venture: "venture", tradeFigure: "trade-figure" } as const;

/** An entry's id: the same for the same record in every request. */
export function feedEntryId(locale: Locale, entry: FeedEntry): string {
  return `${TAG}:${locale}/${ENTRY_KIND[entry.type]}/${entry.id}`;
}

/**
 * The Atom document of a feed (written by the `feed` library): its entries as the portal words
 * them in `locale`, each with a permanent link to its record's page and its cited source; the
 * feed's `updated` is its newest entry's.
 */
export function atomFeed(locale: Locale, filters: FollowFilters, subject: FollowSubject, entries: FeedEntry[]): string {
  // Translated without Next's request context, so the feed is the same wherever it is written (the route, the tests).
  const messages = MESSAGES[locale];
  const translator = <N extends "follow" | "site" | "initiativeStatus" | "ventureStatus" | "eventKind" | "scope" | "compare">(namespace: N) =>
    createTranslator({ locale, messages, namespace });
  const [t, tSite, tStatus, tVenture, tKind, tScope, tCompare] = [
    translator("follow"),
    translator("site"),
    translator("initiativeStatus"),
    translator("ventureStatus"),
    translator("eventKind"),
    translator("scope"),
    translator("compare"),
  ];
  const day = (date: Date, precision: "DAY" | "MONTH" | "YEAR" = "DAY") => formatDateWithPrecision(date, precision, locale);
  const subjectName = followSubjectName(locale, subject);
  const path = feedPath(filters);
  const feed = new Feed({
    id: `${TAG}:${locale}${path}`,
    title: subjectName ? t("feedTitleOf", { site: tSite("shortName"), subject: subjectName }) : t("feedTitle", { site: tSite("shortName") }),
    description: t("feedSubtitle"),
    link: absolute(locale, subjectPath(filters)),
    feedLinks: { atom: absolute(locale, path) },
    language: locale,
    updated: entries[0]?.updated ?? NO_ENTRY_UPDATED,
    author: { name: tSite("name"), link: siteUrl().href },
    generator: false,
  });
  for (const entry of entries) {
    const { title, summary } = words(entry);
    const source = entry.citations[0]?.source;
    feed.addItem({
      id: feedEntryId(locale, entry),
      title,
      link: absolute(locale, feedEntryPath(entry)),
      date: entry.updated,
      description: [`<p>${escapeHtml(summary)}</p>`, source && sourceHtml(source)].filter(Boolean).join(""),
    });
  }
  return feed.atom1();

  function words(entry: FeedEntry): { title: string; summary: string } {
    switch (entry.type) {
      case "event":
        return {
          title: t("event", { title: localized(locale, entry.titleRu, entry.titleEn) }),
          summary: t("eventSummary", { kind: tKind(entry.kind), date: day(entry.startDate, entry.datePrecision) }),
        };
      case "status": {
        const initiative = localized(locale, entry.initiative.titleRu, entry.initiative.titleEn);
        const status = tStatus(entry.status);
        const date = day(entry.changedOn, entry.changedPrecision);
        const note = localized(locale, entry.noteRu, entry.noteEn);
        const check = entry.kind === "CHECK";
        return {
          title: t(check ? "statusChecked" : "statusChanged", { initiative, status }),
          summary: [t(check ? "statusCheckedSummary" : "statusChangedSummary", { date, status }), entry.noPublicInformation && t("noPublicInformation"), note]
            .filter(Boolean)
            .join(" "),
        };
      }
      case "venture": {
        const name = localized(locale, entry.nameRu, entry.nameEn);
        // Saved again after it was added (its status, its partners): say so rather than "new".
        const edited = entry.updatedAt.getTime() - entry.createdAt.getTime() > 1000;
        return {
          title: t(edited ? "ventureUpdated" : "ventureNew", { name }),
          summary: entry.establishedOn
            ? t("ventureEstablished", { status: tVenture(entry.status), date: day(entry.establishedOn, entry.establishedPrecision) })
            : t("ventureSummary", { status: tVenture(entry.status) }),
        };
      }
      case "tradeFigure": {
        const series = entry.reporterCode ? reportedName(entry) : seriesName(entry, locale, tScope);
        const period = formatPeriod(entry.periodStart, entry.periodEnd, locale);
        const previous = entry.revisions[0];
        return {
          title: t(previous ? "figureRevised" : "figureNew", { series, period }),
          summary: [
            entry.valueUsd ? t("figureValue", { value: formatUsd(entry.valueUsd, locale) }) : t("figureNoValue"),
            entry.releasedOn && t("figureReleased", { date: day(entry.releasedOn) }),
            previous && t("figureWas", { value: formatUsd(previous.valueUsd, locale) }),
          ]
            .filter(Boolean)
            .join(" "),
        };
      }
    }
  }

  function reportedName(entry: Extract<FeedEntry, { type: "tradeFigure" }>): string {
    const name = (country: { code: string; nameRu: string; nameEn: string } | null) => (country ? localized(locale, country.nameRu, country.nameEn) : "");
    const [reporter, partner] = entry.countryA?.code === entry.reporterCode ? [entry.countryA, entry.countryB] : [entry.countryB, entry.countryA];
    return tCompare("reportedName", { reporter: name(reporter), partner: name(partner), flow: entry.flow, frequency: entry.frequency ?? "YEAR" });
  }

  function sourceHtml(source: FeedSource): string {
    const title = escapeHtml(localized(locale, source.titleRu, source.titleEn));
    const href = escapeHtml(source.url ?? absolute(locale, `/sources/${source.id}`));
    const publisher = source.publisher ? ` (${escapeHtml(source.publisher)})` : "";
    return `<p>${escapeHtml(t("source"))}: <a href="${href}">${title}</a>${publisher}</p>`;
  }
}

/** What a feed follows, in words: "Kazakhstan", "VII Consultative Meeting · Kazakhstan"; null for everything. */
export function followSubjectName(locale: Locale, subject: FollowSubject): string | null {
  const parts = [
    subject.summit && localized(locale, subject.summit.titleRu, subject.summit.titleEn),
    subject.initiative && localized(locale, subject.initiative.titleRu, subject.initiative.titleEn),
    subject.country && localized(locale, subject.country.nameRu, subject.country.nameEn),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** The page a feed is the feed of: the initiative's, the summit's, or /changes with the filters. */
function subjectPath(filters: FollowFilters): string {
  if (filters.initiative && !filters.summit && !filters.country) return `/initiatives/${filters.initiative}`;
  if (filters.summit && !filters.initiative && !filters.country) return `/summits/${filters.summit}`;
  return feedPath(filters).replace("/feed.atom", "/changes");
}
