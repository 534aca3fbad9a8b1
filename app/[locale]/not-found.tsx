import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <section className="max-w-prose">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("body")}</p>
      <p className="mt-6">
        <Link href="/">{t("home")}</Link>
      </p>
    </section>
  );
}
