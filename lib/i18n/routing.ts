import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["ru", "en"],
  defaultLocale: "ru",
  // "/" follows the browser's language. No cookie: proxy.ts does not run on the locale's own
  // pages, so it could not remember a choice, and public pages stay cacheable by shared caches.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
