import { getLocale, getTranslations } from "next-intl/server";
import { localizedHref } from "@/lib/i18n/localized-href";
import { feedPath, type FollowFilters } from "@/lib/validation/follow";

/**
 * "Follow": the link to the Atom feed of what changes on a page's subject (everything, a
 * summit, an initiative, a country), for a feed reader. A plain link (the feed is a document,
 * not a page), which says to screen readers what it follows.
 */
export async function FollowLink({ filters = {}, subject }: { filters?: FollowFilters; subject?: string }) {
  const [t, locale] = await Promise.all([getTranslations("follow"), getLocale()]);
  return (
    <a
      href={localizedHref(feedPath(filters), locale)}
      type="application/atom+xml"
      className="inline-flex items-center gap-1.5 rounded-md border border-line px-2.5 py-1 text-sm font-medium"
      data-testid="follow-link"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="currentColor">
        <circle cx="3" cy="13" r="2" />
        <path d="M1 6.5a8.5 8.5 0 0 1 8.5 8.5H7.4A6.4 6.4 0 0 0 1 8.6zM1 1.5A13.5 13.5 0 0 1 14.5 15h-2.1A11.4 11.4 0 0 0 1 3.6z" />
      </svg>
      {t("link")}
      <span className="sr-only">: {subject ?? t("everything")}</span>
      <span className="text-muted">({t("linkHint")})</span>
    </a>
  );
}
