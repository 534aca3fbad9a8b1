import { getLocale, getTranslations } from "next-intl/server";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { formatDateWithPrecision } from "@/lib/format";
import { isCheckDue } from "@/lib/metrics/checks";

/**
 * "Not checked since November 2025" on an initiative nobody has looked at for the check
 * interval (lib/metrics/checks.ts), so "nothing happened" is never mistaken for "nobody
 * looked"; nothing when it was checked recently.
 */
export async function CheckDueMarker({ lastEntry }: { lastEntry: { changedOn: Date; changedPrecision: DatePrecision } | null | undefined }) {
  if (!isCheckDue(lastEntry?.changedOn ?? null, new Date())) return null;
  const [t, locale] = await Promise.all([getTranslations("checks"), getLocale()]);
  return (
    <p className="text-sm font-medium text-warning" data-testid="check-due">
      {lastEntry
        ? t("notCheckedSince", { date: formatDateWithPrecision(lastEntry.changedOn, lastEntry.changedPrecision, locale as Locale) })
        : t("neverChecked")}
    </p>
  );
}
