import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";

export async function NotFoundMessage() {
  const [t, locale] = await Promise.all([getTranslations("notFound"), getLocale()]);
  return (
    <section className="max-w-prose">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" locale={locale}>
          {t("home")}
        </Link>
      </p>
    </section>
  );
}
