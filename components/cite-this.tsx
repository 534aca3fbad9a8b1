import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site-url";
import { CiteThisPanel } from "@/components/cite-this-panel";

type Props = {
  locale: Locale;
  /** The page's title as its heading shows it. */
  title: string;
  /** The page's path without the locale, with the query that selects what it shows: "/trade?series=…&view=…". */
  path: string;
  /** When the record behind the page last changed, if the page shows one record. */
  updated?: Date | null;
};

/** "Cite this page": a plain-text citation and BibTeX with the permanent URL and the date accessed. */
export async function CiteThis({ locale, title, path, updated = null }: Props) {
  const t = await getTranslations("cite");
  const portal = (await getTranslations("site"))("name");
  return (
    <CiteThisPanel
      locale={locale}
      portal={portal}
      title={title}
      url={new URL(`/${locale}${path}`, siteUrl()).href}
      updated={updated?.toISOString() ?? null}
      renderedOn={new Date().toISOString()}
      labels={{
        heading: t("heading"),
        intro: t("intro"),
        plain: t("plain"),
        bibtex: t("bibtex"),
        copy: t("copy"),
        copied: t("copied"),
        copyFailed: t("copyFailed"),
      }}
    />
  );
}
