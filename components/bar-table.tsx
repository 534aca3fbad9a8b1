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
      <table className="w-full text-sm" data-testid={testId}>
        <caption className="p-3 text-left text-muted">{caption}</caption>
        <thead className="border-y border-line bg-canvas text-left">
          <tr>
            <th scope="col" className="p-2 font-medium">
              {labelHeading}
            </th>
            <th scope="col" className="p-2 text-right font-medium">
              {valueHeading}
            </th>
            {extraHeading && (
              <th scope="col" className="p-2 text-right font-medium">
                {extraHeading}
              </th>
            )}
            <th scope="col" className="w-2/5 p-2">
              <span className="sr-only">{valueHeading}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="p-2 text-left font-normal">
                {row.label}
              </th>
              <td className="tabular p-2 text-right font-semibold">{row.value}</td>
              {extraHeading && <td className="tabular p-2 text-right">{row.extra}</td>}
              <td className="p-2" aria-hidden="true">
                <div className="h-3 rounded-sm bg-accent" style={{ width: `${(100 * row.value) / max}%`, minWidth: row.value > 0 ? "2px" : 0 }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
