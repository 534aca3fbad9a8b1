import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";

/** "Last updated 22 Nov 2026" under a record, from the row's updatedAt. */
export async function LastUpdated({ at }: { at: Date }) {
  const [t, locale] = await Promise.all([getTranslations("citation"), getLocale()]);
  return (
    <p className="text-xs text-muted" data-testid="last-updated">
      {t("lastUpdated")} <time dateTime={at.toISOString()}>{formatDate(at, locale)}</time>
    </p>
  );
}
