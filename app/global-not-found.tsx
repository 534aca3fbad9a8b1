import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PATH_LOCALE_HEADER, pathLocale } from "@/lib/i18n/path-locale";
import { SiteShell } from "@/components/site-shell";
import { NotFoundMessage } from "@/components/not-found-message";
import "./globals.css";

// Every 404 document: an unknown path, and (through scripts/serve.ts) a missing record, in the
// requested path's language. Rendered for each request: it is not part of any page's tree.
async function requestedLocale() {
  return pathLocale(`/${(await headers()).get(PATH_LOCALE_HEADER) ?? ""}`);
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await requestedLocale() });
  return { title: `${t("notFound.title")} · ${t("site.shortName")}`, robots: { index: false } };
}

export default async function GlobalNotFound() {
  const locale = await requestedLocale();
  setRequestLocale(locale);
  return (
    <SiteShell locale={locale}>
      <NotFoundMessage />
    </SiteShell>
  );
}
