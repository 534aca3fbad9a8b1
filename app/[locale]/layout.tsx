import type { ReactNode } from "react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { siteUrl } from "@/lib/site-url";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { SiteShell } from "@/components/site-shell";
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
  return <SiteShell locale={await resolveLocale(params)}>{children}</SiteShell>;
}
