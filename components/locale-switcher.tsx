"use client";

import type { SyntheticEvent } from "react";
import { usePathname } from "next/navigation";
import { pathInLocale } from "@/lib/i18n/localized-href";

// The page's state lives in its query and hash (filters, series, view, search): the link takes
// them from the address bar the moment it is used, as the query can change without a render
// of the header.
const keepState = (locale: string) => (event: SyntheticEvent<HTMLAnchorElement>) => {
  event.currentTarget.href = pathInLocale(window.location.pathname, locale) + window.location.search + window.location.hash;
};

/**
 * The same page in each language, as plain links: switching loads the page anew at the other
 * language's path, which alone says the language (no cookie remembers it: lib/i18n/routing.ts).
 * Names come translated from the server. Without JavaScript the link keeps the path only.
 */
export function LocaleSwitcher({ label, current, locales }: { label: string; current: string; locales: { locale: string; name: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex gap-1 text-sm">
      {locales.map(({ locale, name }) => (
        <a
          key={locale}
          href={pathInLocale(pathname, locale)}
          onClick={keepState(locale)}
          onFocus={keepState(locale)}
          onPointerEnter={keepState(locale)}
          onContextMenu={keepState(locale)}
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
