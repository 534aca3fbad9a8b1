"use client";

import dynamic from "next/dynamic";
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { Locale } from "@/lib/i18n/routing";
import type { ChartRow, ChartTarget } from "@/lib/charts/chart-row";
import { ChartDownload } from "@/components/chart-download";

// recharts is drawn only in the browser (it measures its box), so it loads after the page, and
// only once the chart comes near the screen (on a phone the home page's chart is below the
// targets): the box keeps its height meanwhile, and the figures are in the summary beside it.
const TradeChartPlot = dynamic(() => import("@/components/trade-chart-plot").then((m) => m.TradeChartPlot), { ssr: false });

export type ChartCredit = { sourceLine: string; portal: string; siteOrigin: string; downloaded: string };

export type TradeChartProps = {
  title: string;
  /** The text summary the page shows next to the chart; the chart points at it. */
  summaryId: string;
  rows: ChartRow[];
  targets?: ChartTarget[];
  color: string;
  locale: Locale;
  fileName: string;
  /** What a downloaded chart's footer says; the page address and the day are the reader's. */
  credit: ChartCredit;
  labels: { download: string; svg: string; png: string; focusHint: string; pathLegend?: string; hatchLegend?: string; barLegend: string };
};

const PATH_COLOR = "#D55E00";

/**
 * Reported figures as bars, targets as dashed lines, and optionally the path a target
 * would take as a line. Each bar is a tab stop whose label carries its figure; lower
 * bounds and partial periods are hatched, so colour is never the only cue.
 */
export function TradeChart({ title, summaryId, rows, targets = [], color, locale, fileName, credit, labels }: TradeChartProps) {
  const id = useId().replace(/:/g, "");
  const figureRef = useRef<HTMLElement>(null);
  const near = useNearViewport(figureRef);
  const [focused, setFocused] = useState<number | null>(null);
  const hasPath = rows.some((r) => r.path != null);
  const hasHatch = rows.some((r) => r.lowerBound || r.partial);
  const active = focused === null ? null : rows[focused];

  return (
    <figure ref={figureRef} aria-labelledby={`${id}-title`} aria-describedby={summaryId} className="space-y-2" data-testid="trade-chart">
      <figcaption id={`${id}-title`} className="font-medium">
        {title}
      </figcaption>
      <div className="w-full" style={{ height: 300 }}>
        {near && (
          <TradeChartPlot
            id={id}
            title={title}
            rows={rows}
            targets={targets}
            color={color}
            path={hasPath ? { color: PATH_COLOR } : null}
            locale={locale}
            setFocused={setFocused}
          />
        )}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-hidden="true">
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-3" style={{ background: color }} /> {labels.barLegend}
        </li>
        {hasHatch && labels.hatchLegend && (
          <li className="flex items-center gap-1">
            <span
              className="inline-block h-3 w-3 border"
              style={{ borderColor: color, background: `repeating-linear-gradient(45deg, ${color} 0 2px, #fff 2px 4px)` }}
            />
            {labels.hatchLegend}
          </li>
        )}
        {hasPath && labels.pathLegend && (
          <li className="flex items-center gap-1">
            <span className="inline-block w-4 border-t-2 border-dashed" style={{ borderColor: PATH_COLOR }} /> {labels.pathLegend}
          </li>
        )}
      </ul>
      <div className="min-h-10 rounded border border-line bg-canvas px-3 py-2 text-sm" data-testid="chart-focused">
        {active ? (
          <>
            <p className="tabular font-medium">{active.description}</p>
            {active.source && <p className="text-xs text-muted">{active.sourceHref ? <a href={active.sourceHref}>{active.source}</a> : active.source}</p>}
            {active.quote && (
              <p lang={active.quoteLang} className="text-xs italic text-muted">
                «{active.quote}»
              </p>
            )}
          </>
        ) : (
          <p className="text-faint">{labels.focusHint}</p>
        )}
      </div>
      <ChartDownload figureRef={figureRef} title={title} fileName={fileName} credit={credit} locale={locale} labels={labels} />
    </figure>
  );
}

/** Whether the element has come within 200 px of the viewport; once it has, it stays true. */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
