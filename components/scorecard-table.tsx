import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { InitiativeStatus } from "@/lib/generated/prisma/enums";
import type { Scorecard } from "@/lib/queries/initiatives";
import { formatDate } from "@/lib/format";
import { checkDueBefore } from "@/lib/metrics/checks";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/components/link";

const STATUSES = Object.values(InitiativeStatus);

/** One colour per status, the same in every meter: grey for proposed, warm for stalled (Okabe–Ito). */
export const STATUS_COLORS: Record<InitiativeStatus, string> = {
  PROPOSED: "#8a949e",
  SUPPORTED: "#56B4E9",
  IN_PROGRESS: "#0072B2",
  ADOPTED: "#E69F00",
  IMPLEMENTED: "#009E73",
  STALLED: "#D55E00",
};

/** The small square of a status's colour beside its name (the meter's legend). */
export function StatusSwatch({ status }: { status: InitiativeStatus }) {
  return <span aria-hidden="true" className="mr-1.5 inline-block size-2.5 rounded-sm" style={{ backgroundColor: STATUS_COLORS[status] }} />;
}

export type ScorecardTableRow = {
  key: string;
  label: ReactNode;
  scorecard: Scorecard;
  /** The initiatives list showing this row's initiatives (of a status; or those due for a check), or null where the list cannot filter so. */
  listHref: ((filter: { status?: InitiativeStatus; due?: true }) => string) | null;
};

/**
 * A promise meter: for each row (a meeting, a country, a leader, a sector), its initiatives
 * as a stacked bar by status and as counts, and how many nobody has checked for six months
 * — counts and shares only, no composite score. Each count links to the initiatives it
 * counts.
 */
export async function ScorecardTable({ caption, heading, rows, testId }: { caption: string; heading: string; rows: ScorecardTableRow[]; testId?: string }) {
  const [t, tStatus, locale] = await Promise.all([getTranslations("scorecard"), getTranslations("initiativeStatus"), getLocale()]);
  const since = formatDate(checkDueBefore(new Date()), locale as Locale);
  const count = (row: ScorecardTableRow, n: number, filter: { status?: InitiativeStatus; due?: true }) =>
    n > 0 && row.listHref ? <Link href={row.listHref(filter)}>{n}</Link> : n;
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="data-table min-w-[52rem]" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="num">
              {t("total")}
            </th>
            <th scope="col" className="w-48">
              {t("meter")}
            </th>
            {STATUSES.map((status) => (
              <th key={status} scope="col" className="num">
                <StatusSwatch status={status} />
                {tStatus(status)}
              </th>
            ))}
            <th scope="col" className="num">
              {t("movedOn")}
            </th>
            <th scope="col" className="num">
              {t("due", { since })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid="scorecard-row">
              <th scope="row">{row.label}</th>
              <td className="num font-semibold">{row.scorecard.total}</td>
              <td>
                <PromiseMeter scorecard={row.scorecard} />
              </td>
              {STATUSES.map((status) => (
                <td key={status} className={row.scorecard.byStatus[status] === 0 ? "num text-faint" : "num"}>
                  {count(row, row.scorecard.byStatus[status], { status })}
                </td>
              ))}
              <td className="num" data-testid="scorecard-moved-on">
                {row.scorecard.movedOn}
              </td>
              <td className={row.scorecard.due === 0 ? "num text-faint" : "num font-semibold"} data-testid="scorecard-due">
                {count(row, row.scorecard.due, { due: true })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The stacked bar of one scorecard, a picture only: one element whose background has a band
 * per status, named in full for screen readers and on hover. Its counts are written and
 * linked beside it (the table's columns, the summit page's legend), so the bar adds no second
 * link to the same list for keyboard and screen-reader users, and little weight to the page.
 */
export async function PromiseMeter({ scorecard }: { scorecard: Scorecard }) {
  const [t, tStatus] = await Promise.all([getTranslations("scorecard"), getTranslations("initiativeStatus")]);
  const statuses = STATUSES.filter((status) => scorecard.byStatus[status] > 0);
  const label = `${t("meterLabel", { total: scorecard.total })}: ${statuses
    .map((status) => t("segment", { status: tStatus(status), count: scorecard.byStatus[status], total: scorecard.total }))
    .join(", ")}`;
  // Each band ends where the statuses up to it end, as a share of the whole.
  const ends = statuses.map((_, i) => statuses.slice(0, i + 1).reduce((sum, status) => sum + scorecard.byStatus[status], 0));
  const bands = statuses.map((status, i) => `${STATUS_COLORS[status]} 0 ${Math.round((ends[i]! / scorecard.total) * 1000) / 10}%`);
  return (
    <div
      className="h-4 w-full min-w-32 rounded-sm bg-canvas"
      role="img"
      aria-label={label}
      title={label}
      style={{ backgroundImage: `linear-gradient(to right, ${bands.join(", ")})` }}
    />
  );
}
