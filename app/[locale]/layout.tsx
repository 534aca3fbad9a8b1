import type { ReactNode } from "react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GeistSans } from "geist/font/sans";
import { siteUrl } from "@/lib/site-url";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { ErrorMessagesProvider } from "@/components/error-messages";
import "../globals.css";

// Rendered on first request, then served from the route cache (lib/cache.ts).
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    title: { default: t("name"), template: `%s · ${t("shortName")}` },
    description: t("tagline"),
    metadataBase: siteUrl(),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = await getTranslations();
  // The error page is a client component: it gets its texts translated, not the i18n runtime.
  const texts = (kind: "error" | "unavailable") => ({ title: t(`${kind}.title`), body: t(`${kind}.body`), retry: t(`${kind}.retry`) });
  const errorMessages = { error: texts("error"), unavailable: texts("unavailable") };

  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="min-h-screen flex flex-col">
        <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2">
          {t("site.skipToContent")}
        </a>
        <SiteHeader />
        <main id="content" className="flex-1 w-full max-w-6xl mx-auto px-4 sm:px-6 py-6 sm:py-10">
          <ErrorMessagesProvider messages={errorMessages}>{children}</ErrorMessagesProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
