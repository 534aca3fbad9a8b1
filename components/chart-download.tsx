"use client";

import type { RefObject } from "react";
import { creditLines } from "@/lib/charts/chart-credit";
import type { Locale } from "@/lib/i18n/routing";
import type { ChartCredit } from "@/components/trade-chart";

type Labels = { download: string; svg: string; png: string };

const FONT = "Geist, ui-sans-serif, system-ui, 'Segoe UI', Roboto, Arial, sans-serif";

const CREDIT_FONT_SIZE = 11;
const CREDIT_LINE_HEIGHT = 15;

/**
 * A standalone SVG of the chart in the figure: the chart's own <svg> with a white
 * background, the title on top, the credit below (its sources, the portal, the page's
 * address, the day) and the font written in, so it opens anywhere and still names its
 * source. Built in the browser from what is on screen, with no request to any server.
 */
export function serializeChart(figure: HTMLElement, title: string, credit: string[]): { svg: string; width: number; height: number } {
  const source = figure.querySelector<SVGSVGElement>("svg.recharts-surface");
  if (!source) throw new Error("No chart to download");
  const box = source.getBoundingClientRect();
  const width = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const header = 32;
  const footer = credit.length * CREDIT_LINE_HEIGHT + 12;
  const height = chartHeight + header + footer;
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("xmlns", ns);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("font-family", FONT);
  const background = document.createElementNS(ns, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  const heading = document.createElementNS(ns, "text");
  heading.setAttribute("x", "8");
  heading.setAttribute("y", "22");
  heading.setAttribute("font-size", "15");
  heading.setAttribute("font-weight", "600");
  heading.setAttribute("fill", "#1b1f24");
  heading.textContent = title;
  const chart = source.cloneNode(true) as SVGSVGElement;
  chart.setAttribute("x", "0");
  chart.setAttribute("y", String(header));
  chart.setAttribute("width", String(width));
  chart.setAttribute("height", String(chartHeight));
  chart.removeAttribute("style");
  // The focus ring and tab stops belong to the page, not to the file.
  chart.querySelectorAll("[tabindex]").forEach((el) => el.removeAttribute("tabindex"));
  chart.querySelectorAll(".chart-focus-ring").forEach((el) => el.remove());
  const footnote = document.createElementNS(ns, "text");
  footnote.setAttribute("font-size", String(CREDIT_FONT_SIZE));
  footnote.setAttribute("fill", "#4b5563");
  credit.forEach((line, i) => {
    const span = document.createElementNS(ns, "tspan");
    span.setAttribute("x", "8");
    span.setAttribute("y", String(header + chartHeight + 16 + i * CREDIT_LINE_HEIGHT));
    span.textContent = line;
    footnote.append(span);
  });
  svg.append(background, heading, chart, footnote);
  return { svg: new XMLSerializer().serializeToString(svg), width, height };
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = 2;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("No canvas");
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG failed"))), "image/png"));
}

/**
 * Whether recharts has taken the server-drawn picture's place in the figure, waiting up to five
 * seconds: reaching for the download buttons started loading it (components/trade-chart.tsx).
 */
async function drawnByRecharts(figure: HTMLElement): Promise<boolean> {
  const drawn = () => figure.querySelector("svg.recharts-surface") !== null && figure.querySelector("[data-testid=chart-picture]") === null;
  for (let waited = 0; !drawn() && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  return drawn();
}

type Props = { figureRef: RefObject<HTMLElement | null>; title: string; fileName: string; credit: ChartCredit; locale: Locale; labels: Labels };

export function ChartDownload({ figureRef, title, fileName, credit, locale, labels }: Props) {
  const download = async (format: "svg" | "png") => {
    if (!figureRef.current || !(await drawnByRecharts(figureRef.current))) return;
    // The page as it is now (its series and view), at the portal's public address.
    const pageUrl = new URL(window.location.pathname + window.location.search, credit.siteOrigin).href;
    // About 6 px a character at 11 px: the lines fit the chart's width.
    const maxChars = Math.max(40, Math.floor((figureRef.current.getBoundingClientRect().width - 16) / 6));
    const lines = creditLines({ ...credit, pageUrl, downloadedOn: new Date() }, locale, maxChars);
    const { svg, width, height } = serializeChart(figureRef.current, title, lines);
    if (format === "svg") save(new Blob([svg], { type: "image/svg+xml" }), `${fileName}.svg`);
    else save(await toPng(svg, width, height), `${fileName}.png`);
  };
  return (
    <p className="no-print flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">{labels.download}:</span>
      <button type="button" className="rounded border border-line bg-surface px-2 py-1 hover:bg-accent-soft" onClick={() => void download("svg")}>
        {labels.svg}
      </button>
      <button type="button" className="rounded border border-line bg-surface px-2 py-1 hover:bg-accent-soft" onClick={() => void download("png")}>
        {labels.png}
      </button>
    </p>
  );
}
