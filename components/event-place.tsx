import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

type Place = {
  cityRu: string | null;
  cityEn: string | null;
  host: { nameRu: string; nameEn: string } | null;
};

/** "Tashkent, Uzbekistan"; where the source names no city, says so. */
export async function EventPlace({ event, locale }: { event: Place; locale: Locale }) {
  const t = await getTranslations("summits");
  const city = localized(locale, event.cityRu, event.cityEn);
  const country = event.host && localized(locale, event.host.nameRu, event.host.nameEn);
  return (
    <span>
      {[city, country].filter(Boolean).join(", ")}
      {!city && <span className="text-faint"> ({t("cityNotStated")})</span>}
    </span>
  );
}
