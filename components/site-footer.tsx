import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";

export async function SiteFooter() {
  const [t, tChanges, locale] = await Promise.all([getTranslations("site"), getTranslations("changes"), getLocale()]);
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-4 text-sm text-muted sm:px-6">
        <p>{t("footer")}</p>
        <p className="flex flex-wrap gap-4">
          <Link href="/changes" locale={locale}>
            {tChanges("title")}
          </Link>
          <Link href="/manage" locale={locale}>
            {t("staffSignIn")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
