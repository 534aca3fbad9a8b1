import type { ReactNode } from "react";

export type BarRow = { key: string; label: ReactNode; value: number; extra?: ReactNode };

/**
 * A chart and its table in one: each row gives the label and the figure as text, and a
 * bar drawn to scale beside them (hidden from screen readers, which read the figures).
 * Rendered on the server; no chart library reaches the browser.
 */
export function BarTable({
  caption,
  labelHeading,
  valueHeading,
  extraHeading,
  rows,
  testId,
}: {
  caption: string;
  labelHeading: string;
  valueHeading: string;
  extraHeading?: string;
  rows: BarRow[];
  testId?: string;
}) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    // relative: the header's screen-reader text (absolutely positioned) stays inside the
    // scrolling box instead of widening a phone's page by where the bar column would start.
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col" className="num">
              {valueHeading}
            </th>
            {extraHeading && (
              <th scope="col" className="num">
                {extraHeading}
              </th>
            )}
            <th scope="col" className="w-2/5">
              <span className="sr-only">{valueHeading}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num font-semibold">{row.value}</td>
              {extraHeading && <td className="num">{row.extra}</td>}
              <td aria-hidden="true">
                <div className="h-3 rounded-sm bg-accent" style={{ width: `${(100 * row.value) / max}%`, minWidth: row.value > 0 ? "2px" : 0 }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
