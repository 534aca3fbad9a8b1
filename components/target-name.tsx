import { getTranslations } from "next-intl/server";
import type { Decimal } from "@/lib/decimal";
import type { TradeScope } from "@/lib/generated/prisma/enums";
import { formatUsd } from "@/lib/format";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

type CountryName = { nameRu: string; nameEn: string } | null;

/** "Intra-regional trade to $15 bn", "Kazakhstan–Uzbekistan trade to $10 bn". */
export async function TargetName({
  target,
  locale,
}: {
  target: { scope: TradeScope; valueUsd: Decimal; countryA?: CountryName; countryB?: CountryName };
  locale: Locale;
}) {
  const t = await getTranslations("target");
  const name = (c: CountryName | undefined) => (c ? localized(locale, c.nameRu, c.nameEn) : "");
  return <>{t(target.scope, { value: formatUsd(target.valueUsd, locale), a: name(target.countryA), b: name(target.countryB) })}</>;
}
