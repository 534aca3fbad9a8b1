import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Link } from "@/components/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/pagination";

/** The query of every workspace list: a name search, the page, and the notice after a save or delete. */
export const listQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  saved: z.string().max(100).optional().catch(undefined),
  deleted: z.string().max(100).optional().catch(undefined),
});

/**
 * A workspace section's list page: notices after a save or a delete, a name search, the
 * "new" button for those who may create, the table and its pages.
 */
export async function WorkspaceList({
  title,
  intro,
  basePath,
  entity,
  query,
  publicHref,
  newLabel,
  searchLabel,
  headers,
  rows,
  list,
  above,
}: {
  title: string;
  intro: string;
  basePath: string;
  entity: string;
  query: z.output<typeof listQuery>;
  publicHref?: (id: string) => string | null;
  newLabel: string | null;
  searchLabel: string;
  headers: string[];
  rows: { id: string; cells: ReactNode[] }[];
  list: { page: number; pageSize: number; total: number };
  /** What the section needs said above its list (initiatives: those due for a check). */
  above?: ReactNode;
}) {
  const t = await getTranslations("workspace");
  const { q, saved, deleted } = query;
  const savedHref = saved && publicHref ? publicHref(saved) : null;
  return (
    <div className="space-y-6">
      <PageHeader title={title} intro={intro} />
      {above}
      {saved && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm" data-testid="saved-notice">
          {t("saved")} {savedHref && <Link href={savedHref}>{t("viewPublic")}</Link>}
        </p>
      )}
      {deleted && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm">
          {t("deleted")} <Link href={`/manage/audit?entity=${entity}&entityId=${deleted}`}>{t("undoFromAudit")}</Link>
        </p>
      )}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{searchLabel}</span>
            <input name="q" defaultValue={q ?? ""} className="rounded-md border border-line bg-surface px-3 py-2" />
          </label>
          <button type="submit" className="rounded-md border border-line bg-surface px-3 py-2 text-sm">
            {t("find")}
          </button>
        </form>
        {newLabel && (
          <Link href={`${basePath}/new`} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white no-underline hover:bg-accent-strong">
            {newLabel}
          </Link>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="text-muted">{q ? t("noMatches", { q }) : t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-surface">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="bg-canvas">
              <tr>
                {headers.map((header) => (
                  <th key={header} scope="col" className="p-3">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-line align-top">
                  {row.cells.map((cell, index) => (
                    <td key={index} className="p-3">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        href={(p) => `${basePath}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`}
      />
    </div>
  );
}
