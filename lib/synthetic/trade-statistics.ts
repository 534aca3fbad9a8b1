import { random } from "@/lib/synthetic/random";
import { TRADE_COUNTRIES } from "@/lib/trade-stats/countries";

// Generated official statistics in the layouts statistics offices publish, for the import's
// tests, its benchmark and the demo: every pair of the six countries reported by both
// sides, with mirror gaps (what A reports exporting to B is not what B reports importing
// from A), values of a plausible order of magnitude and nothing else true about them. Files
// made from them say SYNTHETIC in their names and titles.

const SIX = TRADE_COUNTRIES.map((c) => ({ code: c.code, m49: String(c.m49), iso3: c.iso3, name: c.name }));

/** The columns of UN Comtrade's API and bulk files (v1), in their order, that the preset reads or passes by. */
export const COMTRADE_HEADER = [
  "typeCode",
  "freqCode",
  "refPeriodId",
  "refYear",
  "refMonth",
  "period",
  "reporterCode",
  "reporterISO",
  "reporterDesc",
  "flowCode",
  "flowDesc",
  "partnerCode",
  "partnerISO",
  "partnerDesc",
  "partner2Code",
  "cmdCode",
  "cmdDesc",
  "customsCode",
  "motCode",
  "primaryValue",
  "isReported",
  "isAggregate",
] as const;

export type ComtradeOptions = {
  years: readonly number[];
  /** Months 1–12 of each year to add as monthly rows (freqCode M); none for annual data only. */
  months?: readonly number[];
  seed?: number;
  /** Multiplies every value: a later release that revises some figures uses the same seed and a different factor for a few. */
  revise?: (key: string) => number;
  /** Rows the preset must skip: partner World and Russia, a commodity chapter, a re-export. */
  withSkippable?: boolean;
  /** Rows of trade with this many countries outside the six (as a full extract has), each period, reporter and flow. */
  otherPartners?: number;
  /**
   * Each import as the partner's reported export plus 2–12 %, as importers' figures usually
   * run above exporters' (freight and insurance); otherwise the two sides are drawn apart.
   */
  mirrorGaps?: boolean;
};

/** M49 codes of countries outside the six, for the rows a full extract has of trade with them. */
const OTHER_PARTNERS = [643, 156, 792, 276, 380, 410, 356, 840, 528, 250, 392, 826, 364, 804, 112, 268, 51, 4, 586, 784];

/** The value A reports for its `flow` with B in a period, in US dollars with cents. */
function valueOf(r: () => number, base: number): string {
  return (base * (0.6 + 0.8 * r())).toFixed(2);
}

/** Rows in UN Comtrade's layout (TOTAL commodity, exports and imports of each of the six with each other). */
export function comtradeRows(options: ComtradeOptions): string[][] {
  const r = random(options.seed ?? 17);
  const rows: string[][] = [];
  const periods = options.years.flatMap((year) => [
    { freq: "A", year, month: "52", period: String(year), share: 1 },
    ...(options.months ?? []).map((month) => ({ freq: "M", year, month: String(month), period: `${year}${String(month).padStart(2, "0")}`, share: 1 / 12 })),
  ]);
  for (const p of periods) {
    for (const reporter of SIX) {
      for (const partner of SIX) {
        if (partner === reporter) continue;
        for (const [flowCode, flowDesc] of [
          ["X", "Export"],
          ["M", "Import"],
        ] as const) {
          const key = `${reporter.code}>${partner.code}:${flowCode}:${p.period}`;
          const value = Number(valueOf(r, 2e8 * p.share)) * (options.revise?.(key) ?? 1);
          rows.push(comtradeRow(p, reporter, partner, flowCode, flowDesc, "TOTAL", "All Commodities", value.toFixed(2)));
        }
      }
      for (const m49 of OTHER_PARTNERS.slice(0, options.otherPartners ?? 0)) {
        const other = { m49: String(m49), iso3: "", name: `Country ${m49}` };
        rows.push(comtradeRow(p, reporter, other, "X", "Export", "TOTAL", "All Commodities", valueOf(r, 1e8 * p.share)));
        rows.push(comtradeRow(p, reporter, other, "M", "Import", "TOTAL", "All Commodities", valueOf(r, 1e8 * p.share)));
      }
      if (options.withSkippable) {
        rows.push(comtradeRow(p, reporter, { m49: "0", iso3: "W00", name: "World" }, "X", "Export", "TOTAL", "All Commodities", valueOf(r, 5e9)));
        rows.push(
          comtradeRow(p, reporter, { m49: "643", iso3: "RUS", name: "Russian Federation" }, "M", "Import", "TOTAL", "All Commodities", valueOf(r, 2e9)),
        );
        rows.push(comtradeRow(p, reporter, SIX[reporter === SIX[0] ? 1 : 0]!, "X", "Export", "27", "Mineral fuels", valueOf(r, 5e7)));
        rows.push(comtradeRow(p, reporter, SIX[reporter === SIX[0] ? 1 : 0]!, "RX", "Re-export", "TOTAL", "All Commodities", valueOf(r, 1e6)));
      }
    }
  }
  return options.mirrorGaps ? withMirrorGaps(rows, random((options.seed ?? 17) + 1)) : rows;
}

// The columns withMirrorGaps reads and writes.
const COLUMN = Object.fromEntries(COMTRADE_HEADER.map((name, i) => [name, i])) as Record<(typeof COMTRADE_HEADER)[number], number>;

function withMirrorGaps(rows: string[][], r: () => number): string[][] {
  const key = (row: string[], from: number, to: number) => `${row[from]}>${row[to]}:${row[COLUMN.period]}:${row[COLUMN.cmdCode]}`;
  const exports = new Map(rows.filter((row) => row[COLUMN.flowCode] === "X").map((row) => [key(row, COLUMN.reporterCode, COLUMN.partnerCode), row] as const));
  return rows.map((row) => {
    const mirrored = row[COLUMN.flowCode] === "M" && exports.get(key(row, COLUMN.partnerCode, COLUMN.reporterCode));
    if (!mirrored) return row;
    const value = Number(mirrored[COLUMN.primaryValue]) * (1.02 + 0.1 * r());
    return row.map((cell, i) => (i === COLUMN.primaryValue ? value.toFixed(2) : cell));
  });
}

/**
 * The demo's official statistics (npm run demo): every pair of the six reported by both sides,
 * yearly 2000–2025 and monthly for 2023–2025, with mirror gaps; and a later release of 2025
 * revising three of its yearly figures by 3 %.
 */
export function demoStatistics(): { first: string[][]; revised: string[][] } {
  const years = Array.from({ length: 26 }, (_, i) => 2000 + i);
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const yearly = comtradeRows({ years, seed: 31, mirrorGaps: true });
  const monthly = comtradeRows({ years: [2023, 2024, 2025], months, seed: 37, mirrorGaps: true }).filter((row) => row[COLUMN.freqCode] === "M");
  const revisedKeys = new Set(["398>860:2025:TOTAL", "860>398:2025:TOTAL", "417>398:2025:TOTAL"]);
  const revised = yearly
    .filter((row) => row[COLUMN.refYear] === "2025")
    .map((row) =>
      row[COLUMN.flowCode] === "X" && revisedKeys.has(`${row[COLUMN.reporterCode]}>${row[COLUMN.partnerCode]}:${row[COLUMN.period]}:${row[COLUMN.cmdCode]}`)
        ? row.map((cell, i) => (i === COLUMN.primaryValue ? (Number(cell) * 1.03).toFixed(2) : cell))
        : row,
    );
  return { first: [...yearly, ...monthly], revised };
}

function comtradeRow(
  p: { freq: string; year: number; month: string; period: string },
  reporter: { m49: string; iso3: string; name: string },
  partner: { m49: string; iso3: string; name: string },
  flowCode: string,
  flowDesc: string,
  cmdCode: string,
  cmdDesc: string,
  value: string,
): string[] {
  const refPeriodId = `${p.year}${p.freq === "A" ? "0101" : `${p.month.padStart(2, "0")}01`}`;
  return [
    "C",
    p.freq,
    refPeriodId,
    String(p.year),
    p.month,
    p.period,
    reporter.m49,
    reporter.iso3,
    reporter.name,
    flowCode,
    flowDesc,
    partner.m49,
    partner.iso3,
    partner.name,
    "0",
    cmdCode,
    cmdDesc,
    "C00",
    "0",
    value,
    "true",
    cmdCode === "TOTAL" ? "true" : "false",
  ];
}

/** A CSV document (comma-separated, quoted where needed, CRLF as Comtrade writes it). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/**
 * A statistics office's wide table of `reporter`'s trade with the other five (and with
 * countries the portal does not follow), in thousands of US dollars, one column per year,
 * under a title line, as the region's offices publish it. Some cells are "..".
 */
export function wideTable(reporter: string, years: readonly number[], seed = 23): string[][] {
  const r = random(seed);
  const title = [`SYNTHETIC TEST DATA: ${reporter} exports by partner country, thousand US dollars`];
  const header = ["Partner", ...years.map(String)];
  const partners = [...SIX.filter((c) => c.code !== reporter).map((c) => c.name), "Russian Federation", "Total"];
  const body = partners.map((name, row) => [name, ...years.map((_, column) => (row === 1 && column === 0 ? ".." : (2e5 * (0.6 + 0.8 * r())).toFixed(1)))]);
  return [title, header, ...body];
}

/** The header of longTable: a statistics office's own column names, in Russian. */
export const LONG_HEADER = ["Отчитывающаяся страна", "Страна-партнёр", "Год", "Месяц", "Направление", "Стоимость, тыс. долл. США"] as const;

/**
 * A statistics office's long table of `reporter`'s monthly trade, one row per partner, month
 * and flow, in its own column names and words (Russian), values in thousands of US dollars
 * with a decimal comma, under a title line. It also has rows the import must skip: a total
 * over all partners and a re-export.
 */
export function longTable(reporter: string, year: number, seed = 29): string[][] {
  const r = random(seed);
  const name = (code: string) => TRADE_COUNTRIES.find((c) => c.code === code)!.names[0];
  const title = [`SYNTHETIC TEST DATA: ${reporter} trade by partner and month, thousand US dollars`];
  const partners = [...SIX.filter((c) => c.code !== reporter).map((c) => name(c.code)), "Итого"];
  const body = partners.flatMap((partner) =>
    Array.from({ length: 12 }, (_, m) =>
      (["экспорт", "импорт"] as const).map((flow) => [
        name(reporter),
        partner,
        String(year),
        String(m + 1),
        flow,
        (2e4 * (0.6 + 0.8 * r())).toFixed(1).replace(".", ","),
      ]),
    ).flat(),
  );
  return [
    title,
    [...LONG_HEADER],
    ...body,
    [name(reporter), name(SIX[0]!.code === reporter ? SIX[1]!.code : SIX[0]!.code), String(year), "12", "реэкспорт", "10,0"],
  ];
}
