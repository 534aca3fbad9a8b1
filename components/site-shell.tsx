import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { GeistSans } from "geist/font/sans";
import type { Locale } from "@/lib/i18n/routing";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { ErrorMessagesProvider } from "@/components/error-messages";
import { SampleDataBanner } from "@/components/sample-data-banner";

/**
 * The document every page of a locale is drawn in: the locale's layout renders it, and so does
 * the not-found page outside any locale (app/global-not-found.tsx), which answers unknown paths.
 */
export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale });
  // The error page is a client component: it gets its texts translated, not the i18n runtime.
  const texts = (kind: "error" | "unavailable") => ({ title: t(`${kind}.title`), body: t(`${kind}.body`), retry: t(`${kind}.retry`) });
  const errorMessages = { error: texts("error"), unavailable: texts("unavailable") };

  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="min-h-screen flex flex-col">
        <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2">
          {t("site.skipToContent")}
        </a>
        <SampleDataBanner />
        <SiteHeader />
        <main id="content" className="flex-1 w-full max-w-6xl mx-auto px-4 sm:px-6 py-6 sm:py-10">
          <ErrorMessagesProvider messages={errorMessages}>{children}</ErrorMessagesProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
