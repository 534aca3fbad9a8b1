"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

export function LocaleSwitcher() {
  const t = useTranslations();
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("site.languageSwitch")} className="flex gap-1 text-sm">
      {routing.locales.map((locale) => (
        <Link
          key={locale}
          href={pathname}
          locale={locale}
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          className={`rounded px-2 py-1 no-underline ${locale === current ? "bg-accent text-white hover:text-white" : "text-accent hover:bg-accent-soft"}`}
        >
          {t(`locale.${locale}`)}
        </Link>
      ))}
    </nav>
  );
}
