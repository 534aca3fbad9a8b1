import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { formatPeriod } from "@/lib/format";
import { refusalMessage, type ImportPlan, type ImportRefusal, type PlannedCell } from "@/lib/records/trade-imports";

// What the workspace shows of a statistics import's dry run, every word in the person's
// language: the counts, the reasons rows were skipped, and the rows themselves, as many of
// each kind as a page can hold (a file may have 100,000).

export const ROWS_SHOWN_PER_KIND = 200;
export const ROW_KINDS = ["wrong", "revised", "added", "skipped", "unchanged"] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export type PlanRowView = {
  line: number;
  column: string | null;
  kind: RowKind;
  figure: string | null;
  value: string | null;
  previous: string | null;
  note: string | null;
};

export type PlanView = {
  ok: true;
  sheets: string[];
  sheet: string | null;
  counts: ImportPlan["counts"];
  reasons: { kind: "skipped" | "wrong"; text: string; count: number }[];
  rows: PlanRowView[];
  hidden: Partial<Record<RowKind, number>>;
};

export type RefusalView = { ok: false; message: string; plan?: PlanView };

/** The file's sheets, header and first rows, for mapping its columns (lib/trade-stats/presets.ts previewTable). */
export type PreviewView = { ok: true; sheets: string[]; sheet: string | null; header: string[]; sample: string[][] };

/** `names`: the countries' names in the person's language, by code (lib/queries/countries.ts). */
export async function describePlan(locale: Locale, plan: ImportPlan, names: Record<string, string>): Promise<PlanView> {
  const t = await getTranslations({ locale, namespace: "statsImport" });
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: "USD", minimumFractionDigits: 2 });
  const kindOf = (cell: PlannedCell): RowKind => (cell.outcome === "figure" ? cell.change! : cell.outcome);
  const shown: Partial<Record<RowKind, number>> = {};
  const hidden: Partial<Record<RowKind, number>> = {};
  const rows: PlanRowView[] = [];
  for (const cell of plan.cells) {
    const kind = kindOf(cell);
    if ((shown[kind] ?? 0) >= ROWS_SHOWN_PER_KIND) {
      hidden[kind] = (hidden[kind] ?? 0) + 1;
      continue;
    }
    shown[kind] = (shown[kind] ?? 0) + 1;
    const figure =
      cell.outcome === "figure"
        ? t("figure", {
            reporter: names[cell.figure.reporter] ?? cell.figure.reporter,
            flow: t(`flow.${cell.figure.flow}`),
            partner: names[cell.figure.partner] ?? cell.figure.partner,
            period: formatPeriod(cell.figure.periodStart, cell.figure.periodEnd, locale),
          })
        : null;
    rows.push({
      line: cell.line,
      column: cell.column ?? null,
      kind,
      figure,
      value: cell.outcome === "figure" ? t("read", { value: money.format(Number(cell.figure.valueUsd)), text: cell.read }) : (cell.value ?? null),
      previous: cell.outcome === "figure" && cell.previousUsd ? money.format(Number(cell.previousUsd)) : null,
      note:
        cell.outcome === "skipped" ? t(`skip.${cell.reason}`) : cell.outcome === "wrong" ? t(`wrong.${cell.reason}`, { firstLine: cell.firstLine ?? 0 }) : null,
    });
  }
  // Wrong rows first: they are what the person must act on.
  rows.sort((a, b) => ROW_KINDS.indexOf(a.kind) - ROW_KINDS.indexOf(b.kind) || a.line - b.line);
  return {
    ok: true,
    sheets: plan.sheets,
    sheet: plan.sheet,
    counts: plan.counts,
    reasons: [
      ...Object.entries(plan.wrongBy).map(([reason, count]) => ({
        kind: "wrong" as const,
        text: reason === "duplicateInFile" ? t("duplicateSummary") : t(`wrong.${reason as "notANumber"}`),
        count: count!,
      })),
      ...Object.entries(plan.skippedBy).map(([reason, count]) => ({ kind: "skipped" as const, text: t(`skip.${reason as "noValue"}`), count: count! })),
    ],
    rows,
    hidden,
  };
}

export async function describeRefusal(locale: Locale, refusal: ImportRefusal, names: Record<string, string>): Promise<RefusalView> {
  const t = await getTranslations({ locale, namespace: "statsImport.problem" });
  const { key, values } = refusalMessage(refusal);
  const message = t(key, values);
  return "plan" in refusal ? { ok: false, message, plan: await describePlan(locale, refusal.plan, names) } : { ok: false, message };
}
