"use client";

import { useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode, type RefObject } from "react";
import { CHART_BOX } from "@/lib/charts/chart-box";
import type { ChartDrawing } from "@/lib/charts/chart-row";
import { ChartDownload } from "@/components/chart-download";
import type { TradeChartPlotProps } from "@/components/trade-chart-plot";

export type ChartCredit = { sourceLine: string; portal: string; siteOrigin: string; downloaded: string };

/** The chart's drawing (its `id` prefixes the ids in it, unique on the page), and what goes around it. */
export type TradeChartProps = ChartDrawing & {
  /** The text summary the page shows next to the chart; the chart points at it. */
  summaryId: string;
  /** The same chart drawn on the server (components/trade-chart-picture.tsx), shown until recharts takes its place. */
  picture: ReactNode;
  fileName: string;
  /** What a downloaded chart's footer says; the page address and the day are the reader's. */
  credit: ChartCredit;
  labels: { download: string; svg: string; png: string; focusHint: string; pathLegend?: string; hatchLegend?: string; barLegend: string };
};

/**
 * Reported figures as bars, targets as dashed lines, and optionally the path a target
 * would take as a line. Each bar is a tab stop whose label carries its figure; lower
 * bounds and partial periods are hatched, so colour is never the only cue.
 */
export function TradeChart({ summaryId, picture, fileName, credit, labels, ...drawing }: TradeChartProps) {
  const { id, title, rows, color, path, locale } = drawing;
  const figureRef = useRef<HTMLElement>(null);
  const { Plot, ready, wake } = useInteractivePlot(figureRef);
  const [focused, setFocused] = useState<number | null>(null);
  const hasHatch = rows.some((r) => r.lowerBound || r.partial);
  const active = focused === null ? null : rows[focused];
  // The picture's bars have no handlers of their own (it is drawn on the server): a focused,
  // pointed-at or tapped one is found here by its row's index.
  const pick = (target: EventTarget) => {
    const index = pictureBarIndex(target);
    if (index !== null) setFocused(index);
  };

  return (
    <figure
      ref={figureRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={summaryId}
      className="space-y-2"
      data-testid="trade-chart"
      onPointerEnter={() => wake()}
      onFocus={(event) => {
        wake(pictureBarIndex(event.target));
        pick(event.target);
      }}
      onMouseOver={(event) => pick(event.target)}
      onClick={(event) => pick(event.target)}
    >
      <figcaption id={`${id}-title`} className="font-medium">
        {title}
      </figcaption>
      <div className="relative w-full" style={{ height: CHART_BOX.height }}>
        {!ready && picture}
        {Plot && (
          <div className={ready ? "absolute inset-0" : "invisible absolute inset-0"}>
            <Plot {...drawing} setFocused={setFocused} />
          </div>
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
        {path && labels.pathLegend && (
          <li className="flex items-center gap-1">
            <span className="inline-block w-4 border-t-2 border-dashed" style={{ borderColor: path.color }} /> {labels.pathLegend}
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

/**
 * recharts, most of a chart page's JavaScript, loads only when a reader reaches for the chart
 * (a pointer over it, a tap, focus in it): until then the page shows the server-drawn picture
 * of the same chart, which costs no script. recharts draws out of sight until its bars are
 * there (it measures its box first), then takes the picture's place; a bar that had focus in
 * the picture has it in recharts' drawing, so Tab goes on from there.
 */
function useInteractivePlot(figureRef: RefObject<HTMLElement | null>) {
  const [Plot, setPlot] = useState<ComponentType<TradeChartPlotProps> | null>(null);
  const [ready, setReady] = useState(false);
  const loading = useRef(false);
  // The row of the picture's bar that has focus (null: none), kept as focus moves in the figure.
  const focusedRow = useRef<number | null>(null);
  /** The reader reached for the chart: a pointer over it (undefined), or focus in it, on a picture's bar or not. */
  const wake = (focused?: number | null) => {
    if (focused !== undefined) focusedRow.current = focused;
    if (loading.current) return;
    loading.current = true;
    import("@/components/trade-chart-plot").then(
      (m) => setPlot(() => m.TradeChartPlot),
      // The picture stays, and works; the next reach tries again.
      () => (loading.current = false),
    );
  };
  useEffect(() => {
    const figure = figureRef.current;
    if (!Plot || !figure) return;
    let frame = requestAnimationFrame(function drawn() {
      const pictureBars = figure.querySelectorAll("[data-testid=chart-picture] [data-testid=chart-point]").length;
      const surface = figure.querySelector("svg.recharts-surface");
      if (!surface || surface.querySelectorAll("[data-testid=chart-point]").length < pictureBars) return void (frame = requestAnimationFrame(drawn));
      setReady(true);
    });
    return () => cancelAnimationFrame(frame);
  }, [Plot, figureRef]);
  // In the commit that removes the picture, before the next key press can land on <body>.
  useLayoutEffect(() => {
    const row = focusedRow.current;
    if (!ready || row === null || (document.activeElement !== document.body && document.activeElement !== null)) return;
    figureRef.current?.querySelector<SVGGElement>(`svg.recharts-surface [data-index="${row}"]`)?.focus();
  }, [ready, figureRef]);
  return { Plot, ready, wake };
}

/** The row of the server-drawn picture's bar at `target`, or null when it is not one. */
function pictureBarIndex(target: EventTarget): number | null {
  const bar = target instanceof Element ? target.closest("[data-testid=chart-picture] [data-index]") : null;
  return bar ? Number(bar.getAttribute("data-index")) : null;
}
