"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { useRef, useState } from "react";

/**
 * The main navigation: a row of links under the site name on wider screens, behind a "Menu" button on
 * phones so six entries do not push the page down. The button is a real <button> with
 * aria-expanded, so keyboards and screen readers get the same menu. Items come translated and
 * with the locale in their paths from the server: no i18n runtime in the browser.
 */
export function SiteNav({
  items,
  label,
  menuLabel,
  listId = "site-nav-list",
}: {
  items: { href: string; label: string }[];
  label: string;
  menuLabel: string;
  listId?: string;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  // The first item ("/en" or "/en/manage") is current only on itself, not on the pages under it;
  // of items nested in one another (/manage/import, /manage/import/statistics), the deepest.
  const under = (href: string) => (href === items[0]?.href ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  const current = items.filter((item) => under(item.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const isCurrent = (href: string) => href === current;
  return (
    <nav
      aria-label={label}
      className="order-last w-full"
      onKeyDown={(event) => {
        // Escape closes the phone menu and returns focus to its button, as for any disclosure.
        if (event.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        className="rounded-md border border-line px-3 py-1 text-sm sm:hidden"
      >
        {menuLabel}
      </button>
      <ul id={listId} className={`${open ? "flex" : "hidden"} mt-2 flex-col gap-1 text-sm sm:mt-0 sm:flex sm:flex-row sm:flex-wrap sm:gap-4`}>
        {items.map((item) => (
          <li key={item.href}>
            <NextLink
              href={item.href}
              aria-current={isCurrent(item.href) ? "page" : undefined}
              onClick={() => setOpen(false)}
              className="block py-1 no-underline hover:underline aria-[current=page]:font-semibold sm:py-0"
            >
              {item.label}
            </NextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
