import { getTranslations } from "next-intl/server";
import type { Decimal } from "@/lib/decimal";
import type { StatisticUnit } from "@/lib/generated/prisma/enums";
import { formatNumber, formatPercent, formatUsd } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

/** "more than 300", "about $6 bn", "5.8%": a reported number as the source qualifies it. */
export async function StatisticValue({
  statistic,
  locale,
}: {
  statistic: { value: Decimal; unit: StatisticUnit; isLowerBound: boolean; isApproximate: boolean };
  locale: Locale;
}) {
  const t = await getTranslations("statistic");
  const { value, unit } = statistic;
  const text =
    unit === "USD" ? formatUsd(value, locale) : unit === "PERCENT" ? formatPercent(value.toNumber() / 100, locale) : formatNumber(value.toNumber(), locale);
  if (statistic.isLowerBound) return <>{t("lowerBound", { value: text })}</>;
  if (statistic.isApproximate) return <>{t("approximate", { value: text })}</>;
  return <>{text}</>;
}
