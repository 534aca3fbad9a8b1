import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Decimal } from "@/lib/decimal";
import { formatPercentChange, formatUsd } from "@/lib/format";
import { mirrorRows, type MirrorCell, type ReportedFigure } from "@/lib/metrics/mirror";

/**
 * The mirror view of a pair: each side's exports beside the other side's imports, year by
 * year, with the gap between them, from imported official statistics. Says so when none
 * have been imported for the pair.
 */
export async function MirrorTable({
  figures,
  a,
  b,
  names,
  locale,
}: {
  figures: ReportedFigure[];
  a: string;
  b: string;
  names: Record<string, string>;
  locale: Locale;
}) {
  const t = await getTranslations("mirror");
  const rows = mirrorRows(figures, a, b);
  const [nameA, nameB] = [names[a] ?? a, names[b] ?? b];
  const money = (value: number | null) => (value === null ? "—" : formatUsd(new Decimal(value), locale));
  const cells = (cell: MirrorCell) => (
    <>
      <td className="num">{money(cell.exports)}</td>
      <td className="num">{money(cell.imports)}</td>
      <td className="num">{cell.gap === null ? "—" : formatPercentChange(cell.gap, locale)}</td>
    </>
  );
  return (
    <section aria-labelledby="mirror-heading" className="space-y-2" data-testid="mirror">
      <h3 id="mirror-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-muted" data-testid="mirror-empty">
          {t("empty", { a: nameA, b: nameB })}
        </p>
      ) : (
        <>
          <p className="max-w-3xl text-sm text-muted">{t("intro")}</p>
          <div
            className="overflow-x-auto rounded-lg border border-line bg-surface"
            tabIndex={0}
            role="region"
            aria-label={t("caption", { a: nameA, b: nameB })}
          >
            <table className="data-table min-w-[44rem]">
              <caption>{t("caption", { a: nameA, b: nameB })}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>
                    {t("year")}
                  </th>
                  <th scope="colgroup" colSpan={3} className="text-center">
                    {t("direction", { from: nameA, to: nameB })}
                  </th>
                  <th scope="colgroup" colSpan={3} className="text-center">
                    {t("direction", { from: nameB, to: nameA })}
                  </th>
                </tr>
                <tr>
                  {[
                    [nameA, nameB],
                    [nameB, nameA],
                  ].map(([exporter, importer]) => [
                    <th key={`${exporter}-x`} scope="col" className="num">
                      {t("exports", { reporter: exporter! })}
                    </th>,
                    <th key={`${exporter}-m`} scope="col" className="num">
                      {t("imports", { reporter: importer! })}
                    </th>,
                    <th key={`${exporter}-g`} scope="col" className="num">
                      {t("gap")}
                    </th>,
                  ])}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.year} data-testid="mirror-row">
                    <th scope="row">{row.year}</th>
                    {cells(row.aToB)}
                    {cells(row.bToA)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="max-w-3xl text-xs text-muted">{t("method")}</p>
        </>
      )}
    </section>
  );
}
