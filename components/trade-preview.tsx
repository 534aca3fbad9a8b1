import type { PreviewModel } from "@/lib/charts/preview";
import type { Comparison } from "@/lib/charts/compare";
import { PREVIEW_SIZE } from "@/lib/page-metadata";

// Laid out for next/og (satori): flex boxes and absolute positions, inline styles only.
const INK = "#1b1f24";
const MUTED = "#4b5563";
const LINE = "#d9dde3";
const ACCENT = "#0b5394";
const TARGET = "#b91c1c";
const PATH = "#D55E00";
export const PREVIEW_PLOT = { width: 968, height: 300 } as const;
const AXIS = 120;

export type TradePreviewProps = {
  site: string;
  title: string;
  subtitle: string;
  model: PreviewModel;
  /** Said instead of the chart when the series has no figure to draw (only growth rates). */
  notes: string[];
  /** Says what a hatched bar means, when there is one. */
  hatchLegend?: string;
  color: string;
  /** "Sources: Kun.uz, 12 March 2025; …" */
  sourceLine: string;
  /** "monitor.example.org/en/trade?series=…" */
  address: string;
};

/**
 * A trade chart as a link preview (1200 × 630): the series' name, its latest figure, the bars
 * with their figures, the targets as lines, and the sources and the page's address under it.
 */
export function TradePreview({ site, title, subtitle, model, notes, hatchLegend, color, sourceLine, address }: TradePreviewProps) {
  return (
    <div
      style={{ ...PREVIEW_SIZE, display: "flex", flexDirection: "column", background: "#ffffff", color: INK, padding: "36px 56px 28px", fontFamily: "Geist" }}
    >
      <div style={{ display: "flex", fontSize: 22, color: ACCENT, fontWeight: 600 }}>{site}</div>
      <div style={{ display: "flex", fontSize: 40, fontWeight: 600, marginTop: 6, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", fontSize: 24, color: MUTED, marginTop: 6 }}>
        <div style={{ display: "flex" }}>{subtitle}</div>
        {hatchLegend && model.bars.some((bar) => bar.hatched) && (
          <div style={{ display: "flex", alignItems: "center", fontSize: 18 }}>
            <div
              style={{
                display: "flex",
                width: 22,
                height: 16,
                marginRight: 8,
                border: `2px solid ${color}`,
                background: `repeating-linear-gradient(45deg, ${color} 0px, ${color} 3px, #ffffff 3px, #ffffff 6px)`,
              }}
            />
            {hatchLegend}
          </div>
        )}
      </div>
      {notes.length > 0 && (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 48, fontSize: 30, lineHeight: 1.3 }}>
          {notes.map((note) => (
            <div key={note} style={{ display: "flex" }}>
              {note}
            </div>
          ))}
        </div>
      )}
      {notes.length === 0 && (
        <div style={{ display: "flex", position: "relative", width: AXIS + PREVIEW_PLOT.width, height: PREVIEW_PLOT.height + 40, marginTop: 40 }}>
          {model.ticks.map((tick) => (
            <div
              key={tick.label}
              style={{ display: "flex", position: "absolute", left: AXIS, top: tick.y - 1, width: PREVIEW_PLOT.width, height: 1, background: LINE }}
            >
              <div
                style={{
                  display: "flex",
                  position: "absolute",
                  left: -AXIS,
                  top: -12,
                  width: AXIS - 12,
                  justifyContent: "flex-end",
                  fontSize: 16,
                  color: MUTED,
                  whiteSpace: "nowrap",
                }}
              >
                {tick.label}
              </div>
            </div>
          ))}
          {model.bars.map((bar) =>
            bar.height > 0 ? (
              <div
                key={bar.key}
                style={{
                  display: "flex",
                  position: "absolute",
                  left: AXIS + bar.x,
                  top: bar.y,
                  width: bar.width,
                  height: bar.height,
                  background: bar.hatched ? `repeating-linear-gradient(45deg, ${color} 0px, ${color} 5px, #ffffff 5px, #ffffff 10px)` : color,
                  border: `3px solid ${color}`,
                }}
              />
            ) : null,
          )}
          {model.bars.map((bar) => (
            <div
              key={`v-${bar.key}`}
              style={{
                display: "flex",
                position: "absolute",
                left: AXIS + bar.x - 40,
                top: bar.y - 30,
                width: bar.width + 80,
                justifyContent: "center",
                fontSize: model.bars.length > 5 ? 15 : 20,
                fontWeight: 600,
              }}
            >
              {bar.valueText}
            </div>
          ))}
          {model.bars.map((bar) => (
            <div
              key={`l-${bar.key}`}
              style={{
                display: "flex",
                position: "absolute",
                left: AXIS + bar.x - 40,
                top: PREVIEW_PLOT.height + 8,
                width: bar.width + 80,
                justifyContent: "center",
                fontSize: 18,
                color: MUTED,
              }}
            >
              {bar.label}
            </div>
          ))}
          {model.path.length > 1 && (
            <svg width={PREVIEW_PLOT.width} height={PREVIEW_PLOT.height} style={{ position: "absolute", left: AXIS, top: 0 }}>
              <polyline points={model.path.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" stroke={PATH} strokeWidth={3} strokeDasharray="2 6" />
            </svg>
          )}
          {model.targets.map((target) => (
            <div
              key={target.label}
              style={{
                display: "flex",
                position: "absolute",
                left: AXIS,
                top: target.y - 1,
                width: PREVIEW_PLOT.width,
                height: 0,
                borderTop: `3px dashed ${TARGET}`,
              }}
            >
              <div
                style={{
                  display: "flex",
                  position: "absolute",
                  right: 0,
                  top: -30,
                  fontSize: 20,
                  fontWeight: 600,
                  color: TARGET,
                  background: "#ffffff",
                  padding: "0 6px",
                }}
              >
                {target.label}
              </div>
            </div>
          ))}
        </div>
      )}
      <div style={{ display: "flex", flexDirection: "column", marginTop: "auto", borderTop: `1px solid ${LINE}`, paddingTop: 12, fontSize: 18, color: MUTED }}>
        <div style={{ display: "flex" }}>{sourceLine}</div>
        <div style={{ display: "flex", marginTop: 4, color: ACCENT }}>{address}</div>
      </div>
    </div>
  );
}

export type ComparePreviewProps = {
  site: string;
  title: string;
  /** "Billion USD" or what the index means. */
  axis: string;
  /** The comparison laid out in a plot PREVIEW_PLOT.width wide and COMPARE_PREVIEW_PLOT_HEIGHT tall. */
  comparison: Comparison;
  /** The series' names, in the page's order and colours. */
  names: string[];
  tickLabels: string[];
  address: string;
};

export const COMPARE_PREVIEW_PLOT_HEIGHT = 230;

/**
 * A comparison as a link preview (1200 × 630): the lines of its series and the summit rules,
 * drawn from the same layout as the page's chart (lib/charts/compare.ts), the value axis,
 * the series named in their colours, and the page's address.
 */
export function ComparePreview({ site, title, axis, comparison, names, tickLabels, address }: ComparePreviewProps) {
  const width = PREVIEW_PLOT.width;
  const height = COMPARE_PREVIEW_PLOT_HEIGHT;
  const x = (percent: number) => ((percent / 100) * width).toFixed(1);
  return (
    <div
      style={{ ...PREVIEW_SIZE, display: "flex", flexDirection: "column", background: "#ffffff", color: INK, padding: "32px 56px 24px", fontFamily: "Geist" }}
    >
      <div style={{ display: "flex", fontSize: 22, color: ACCENT, fontWeight: 600 }}>{site}</div>
      <div style={{ display: "flex", fontSize: 38, fontWeight: 600, marginTop: 4 }}>{title}</div>
      <div style={{ display: "flex", fontSize: 18, color: MUTED, marginTop: 4 }}>{axis}</div>
      <div style={{ display: "flex", position: "relative", width: AXIS + width, height: height + 30, marginTop: 16 }}>
        {comparison.valueTicks.map((tick, i) => (
          <div
            key={tick.value}
            style={{
              display: "flex",
              position: "absolute",
              left: 0,
              top: tick.y - 10,
              width: AXIS - 12,
              justifyContent: "flex-end",
              fontSize: 16,
              color: MUTED,
              whiteSpace: "nowrap",
            }}
          >
            {tickLabels[i]}
          </div>
        ))}
        <svg width={width} height={height + 30} viewBox={`0 0 ${width} ${height + 30}`} style={{ position: "absolute", left: AXIS, top: 0 }}>
          {comparison.valueTicks.map((tick) => (
            <line key={tick.value} x1={0} x2={width} y1={tick.y} y2={tick.y} stroke={LINE} strokeWidth={1} />
          ))}
          {comparison.markers.map((marker) => (
            <line key={marker.key} x1={x(marker.x)} x2={x(marker.x)} y1={0} y2={height} stroke={TARGET} strokeWidth={1.5} strokeDasharray="3 4" />
          ))}
          {comparison.series.flatMap((s) =>
            s.lines.map((line, i) => (
              <polyline
                key={`${s.key}-${i}`}
                points={line.map((p) => `${x(p.x)},${p.y.toFixed(1)}`).join(" ")}
                fill="none"
                stroke={s.color}
                strokeWidth={3}
                strokeDasharray={s.dash ?? undefined}
              />
            )),
          )}
          {comparison.series.flatMap((s) =>
            s.points
              .filter((p) => !s.lines.some((line) => line.includes(p)))
              .map((p) => (
                <circle key={`${s.key}-${p.x}`} cx={x(p.x)} cy={p.y.toFixed(1)} r={5} fill={p.partial ? "#ffffff" : s.color} stroke={s.color} strokeWidth={2} />
              )),
          )}
        </svg>
        {comparison.yearTicks
          .filter((_, i, all) => i % Math.ceil(all.length / 12) === 0)
          .map((tick) => (
            <div
              key={tick.year}
              style={{
                display: "flex",
                position: "absolute",
                left: AXIS + Number(x(tick.x)) - 30,
                top: height + 6,
                width: 60,
                justifyContent: "center",
                fontSize: 16,
                color: MUTED,
              }}
            >
              {tick.year}
            </div>
          ))}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", marginTop: 8, fontSize: 16, lineHeight: 1.3 }}>
        {comparison.series.map((s, i) => (
          <div key={s.key} style={{ display: "flex", alignItems: "center", width: "50%", paddingRight: 16 }}>
            <div style={{ display: "flex", width: 22, height: 4, marginRight: 8, background: s.color, flexShrink: 0 }} />
            <div style={{ display: "flex", overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" }}>{names[i]}</div>
          </div>
        ))}
      </div>
      <div style={{ display: "flex", marginTop: "auto", fontSize: 16, color: MUTED, overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" }}>
        {address}
      </div>
    </div>
  );
}
