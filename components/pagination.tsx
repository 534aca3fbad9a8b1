import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { pageCount } from "@/lib/paging";

/** "Page 2 of 7" with previous and next links; nothing when everything fits on one page. */
export async function Pagination({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const pages = pageCount({ total, pageSize });
  if (pages === 1) return null;
  const t = await getTranslations("pagination");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          ← {t("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page, pages, total })}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next">
          {t("next")} →
        </Link>
      )}
    </nav>
  );
}
