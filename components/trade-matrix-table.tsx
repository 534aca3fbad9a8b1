import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Decimal } from "@/lib/decimal";
import { formatUsd } from "@/lib/format";
import { Link } from "@/components/link";
import type { TradeMatrix } from "@/lib/metrics/trade-matrix";

/**
 * The six by six for one year from official statistics: each row what its country reports
 * of its trade with each column's, shaded by size (lightly: the figure's link keeps its contrast), each cell linking to the pair's series
 * (where the mirror view sets the two sides' figures apart).
 */
export async function TradeMatrixTable({ matrix, names, locale }: { matrix: TradeMatrix; names: Record<string, string>; locale: Locale }) {
  const t = await getTranslations("matrix");
  const values = matrix.countries.flatMap((r) => matrix.countries.map((p) => matrix.cells[r]?.[p]?.turnover ?? 0));
  const max = Math.max(1, ...values);
  return (
    <section aria-labelledby="matrix-heading" className="space-y-2" data-testid="matrix">
      <h2 id="matrix-heading" className="text-lg font-semibold">
        {t("heading", { year: matrix.year })}
      </h2>
      <p className="max-w-3xl text-sm text-muted">{t("intro")}</p>
      <div className="overflow-x-auto rounded-lg border border-line bg-surface" tabIndex={0} role="region" aria-label={t("caption", { year: matrix.year })}>
        <table className="data-table min-w-[44rem]">
          <caption>{t("caption", { year: matrix.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reporter")}</th>
              {matrix.countries.map((code) => (
                <th key={code} scope="col" className="num">
                  {names[code] ?? code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.countries.map((reporter) => (
              <tr key={reporter} data-testid="matrix-row">
                <th scope="row">{names[reporter] ?? reporter}</th>
                {matrix.countries.map((partner) => {
                  const cell = matrix.cells[reporter]?.[partner];
                  if (!cell) return <td key={partner} className="num bg-canvas" aria-label={t("self")} />;
                  const [a, b] = [reporter, partner].sort();
                  const share = cell.turnover === null ? 0 : cell.turnover / max;
                  return (
                    <td
                      key={partner}
                      className="num"
                      style={share > 0 ? { backgroundColor: `color-mix(in srgb, var(--color-accent) ${Math.round(5 + 20 * share)}%, transparent)` } : undefined}
                    >
                      {cell.turnover === null ? (
                        <span className="text-muted" title={t("incomplete")}>
                          —
                        </span>
                      ) : (
                        <Link href={`/trade?series=BILATERAL-${a}-${b}&view=table`}>{formatUsd(new Decimal(cell.turnover), locale)}</Link>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="max-w-3xl text-xs text-muted">{t("method")}</p>
    </section>
  );
}
