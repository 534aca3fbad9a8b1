import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { countryNames } from "@/lib/queries/countries";
import { formatDate } from "@/lib/format";
import { confirmationOf } from "@/lib/venture-confirmation";

type Props = {
  venture: { version: number; partners: { countryCode: string | null; secondCountryCode?: string | null }[] };
  confirmations: { countryCode: string; ventureVersion: number; confirmedAt: Date }[];
};

/**
 * Whether the ministries of the partners' countries stand behind the venture as it is now:
 * "Confirmed by Kazakhstan (4 December 2026)", "Awaiting Uzbekistan", or "Not confirmed".
 */
export async function VentureConfirmation({ venture, confirmations }: Props) {
  const locale = (await getLocale()) as Locale;
  const [t, names] = await Promise.all([getTranslations("ventureConfirmation"), countryNames(locale)]);
  const { state, countries } = confirmationOf(venture, confirmations);
  if (countries.length === 0) return <p className="text-muted">{t("noPartnerCountries")}</p>;
  const earlier = state === "none" && confirmations.length > 0;
  return (
    <div data-testid="venture-confirmation" data-state={state}>
      {state === "none" ? (
        <p className="text-muted">{t(earlier ? "notConfirmedSinceChange" : "notConfirmed")}</p>
      ) : (
        <ul className="space-y-1">
          {countries.map((c) => (
            <li key={c.code}>
              {c.confirmedAt
                ? t("confirmedBy", { country: names[c.code] ?? c.code, date: formatDate(c.confirmedAt, locale) })
                : t("awaiting", { country: names[c.code] ?? c.code })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
