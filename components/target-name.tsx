import { getTranslations } from "next-intl/server";
import type { Decimal } from "@/lib/decimal";
import type { TradeScope } from "@/lib/generated/prisma/enums";
import { seriesName } from "@/lib/charts/figure-text";
import { formatUsd } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

type CountryName = { nameRu: string; nameEn: string } | null;

/** "$15 bn: Intra-regional trade of Central Asia" — the same name the target's own page has. */
export async function TargetName({
  target,
  locale,
}: {
  target: { scope: TradeScope; valueUsd: Decimal; countryA?: CountryName; countryB?: CountryName };
  locale: Locale;
}) {
  const [tTargets, tScope] = await Promise.all([getTranslations("targets"), getTranslations("scope")]);
  const series = seriesName({ scope: target.scope, countryA: target.countryA ?? null, countryB: target.countryB ?? null }, locale, tScope);
  return <>{tTargets("detailTitle", { value: formatUsd(target.valueUsd, locale), series })}</>;
}
