import { getFormatter, getTranslations } from "next-intl/server";

/** "Last updated 22 Nov 2026" under a record, from the row's updatedAt. */
export async function LastUpdated({ at }: { at: Date }) {
  const [t, format] = await Promise.all([getTranslations("citation"), getFormatter()]);
  return (
    <p className="text-xs text-muted" data-testid="last-updated">
      {t("lastUpdated")} <time dateTime={at.toISOString()}>{format.dateTime(at, { dateStyle: "long" })}</time>
    </p>
  );
}
