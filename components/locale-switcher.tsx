"use client";

import { usePathname } from "next/navigation";
import { pathInLocale } from "@/lib/i18n/localized-href";

/**
 * The same page in each language, as plain links: switching loads the page anew, and the
 * locale proxy remembers the choice in its cookie on that request. Names come translated
 * from the server.
 */
export function LocaleSwitcher({ label, current, locales }: { label: string; current: string; locales: { locale: string; name: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex gap-1 text-sm">
      {locales.map(({ locale, name }) => (
        <a
          key={locale}
          href={pathInLocale(pathname, locale)}
          lang={locale}
          hrefLang={locale === current ? undefined : locale}
          aria-current={locale === current ? "true" : undefined}
          className={`rounded px-2 py-1 no-underline ${locale === current ? "bg-accent text-white hover:text-white" : "text-accent hover:bg-accent-soft"}`}
        >
          {name}
        </a>
      ))}
    </nav>
  );
}
