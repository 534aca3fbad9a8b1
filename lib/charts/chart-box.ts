// No imports: the chart's client component (components/trade-chart.tsx) takes these, and
// anything imported here would be sent to every chart page's browser.

/**
 * The page chart's layout in pixels, as recharts draws it (components/trade-chart-plot.tsx) and
 * as the server-drawn picture copies it (components/trade-chart-picture.tsx): the box's
 * height, its margins, the value axis' width and the category axis' height.
 */
export const CHART_BOX = { height: 300, top: 20, right: 16, bottom: 8, left: 8, valueAxis: 92, categoryAxis: 30 } as const;

/**
 * The page chart's colours: axis lines (recharts' default), grid, tick labels, target lines,
 * target labels, and the path to a target (Okabe–Ito vermilion).
 */
export const CHART_INK = { axis: "#666666", grid: "#d9dde3", tick: "#4b5563", target: "#4b5563", label: "#1b1f24", path: "#D55E00" } as const;

/** The height of the page chart's plot area, between its margins and the category axis. */
export const CHART_PLOT_HEIGHT = CHART_BOX.height - CHART_BOX.top - CHART_BOX.bottom - CHART_BOX.categoryAxis;
