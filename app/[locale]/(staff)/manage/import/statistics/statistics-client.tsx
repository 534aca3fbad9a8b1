"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/form-alert";
import { refreshAfterImportAction } from "@/lib/actions/import/refresh-after-import";
import { streamImport } from "@/lib/import/streamed-import";
import type { PlanView, PreviewView, RefusalView, RowKind } from "@/lib/import/statistics-view";
import type { LayoutFields, SavedLayout } from "@/lib/validation/statistics-layout";
import { LayoutFieldsEditor, type Preview } from "./layout-fields";

type Phase =
  | { step: "idle" }
  | { step: "checking" }
  | { step: "checked"; plan: PlanView }
  | { step: "importing"; done: number; total: number; plan: PlanView }
  | { step: "imported"; added: number; revised: number; title: string }
  | { step: "refused"; message: string; plan?: PlanView };

const COUNTS = ["added", "revised", "unchanged", "skipped", "wrong"] as const;
const ROW_TONE: Record<RowKind, string> = { wrong: "bg-red-50", revised: "bg-amber-50", added: "", skipped: "text-muted", unchanged: "text-muted" };

/**
 * The statistics import: the file, its layout and source, a dry run listing every row's fate,
 * then the import, whose progress streams from the one transaction that writes it.
 */
export function StatisticsClient({
  locale,
  maxMb,
  countries,
  layouts,
}: {
  locale: string;
  maxMb: number;
  countries: { code: string; name: string }[];
  layouts: SavedLayout[];
}) {
  const t = useTranslations("statsImport.ui");
  const tChange = useTranslations("statsImport");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [layout, setLayout] = useState<LayoutFields>({ preset: "comtrade", reporter: countries[0]?.code, flow: "EXPORT", scale: "3" });
  const [preview, setPreview] = useState<Preview>({ status: "none" });
  const [skipWrong, setSkipWrong] = useState(false);
  // The workbook's sheets, kept once a dry run found them: editing the form clears the plan, not these.
  const [sheets, setSheets] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const endpoint = `/${locale}/manage/import/statistics/run`;

  const body = (mode: "check" | "import") => {
    const data = new FormData(form.current!);
    data.set("mode", mode);
    if (skipWrong) data.set("skipWrong", "on");
    return data;
  };

  async function check() {
    const file = new FormData(form.current!).get("file");
    if (!(file instanceof File) || file.size === 0) return setPhase({ step: "refused", message: t("chooseFile") });
    setPhase({ step: "checking" });
    setSkipWrong(false);
    try {
      const answer = (await (await fetch(endpoint, { method: "POST", body: body("check") })).json()) as PlanView | RefusalView;
      const plan = answer.ok ? answer : answer.plan;
      if (plan) setSheets(plan.sheets);
      setPhase(answer.ok ? { step: "checked", plan: answer } : { step: "refused", message: answer.message, plan: answer.plan });
    } catch {
      setPhase({ step: "refused", message: t("failed") });
    }
  }

  /** The header and first rows of the chosen file and sheet, for mapping its columns. */
  async function readColumns() {
    const data = new FormData(form.current!);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setPreview({ status: "none" });
    data.set("mode", "preview");
    setPreview({ status: "reading" });
    try {
      const answer = (await (await fetch(endpoint, { method: "POST", body: data })).json()) as PreviewView | RefusalView;
      if (answer.ok) {
        setSheets(answer.sheets);
        setPreview({ status: "read", header: answer.header, sample: answer.sample });
      } else {
        setPreview({ status: "none" });
        setPhase({ step: "refused", message: answer.message });
      }
    } catch {
      setPreview({ status: "none" });
      setPhase({ step: "refused", message: t("failed") });
    }
  }
  const columnsWanted = () => {
    if (layout.preset === "columns") void readColumns();
  };

  async function runImport(plan: PlanView) {
    setPhase({ step: "importing", done: 0, total: plan.counts.added + plan.counts.revised, plan });
    const end = await streamImport<{ added: number; revised: number; title: string }, { plan?: PlanView }>(endpoint, body("import"), (done, total) =>
      setPhase({ step: "importing", done, total, plan }),
    );
    if (end.type === "done") {
      await refreshAfterImportAction("tradeFigures").catch(() => undefined);
      setPhase({ step: "imported", added: end.added, revised: end.revised, title: end.title });
      router.refresh();
    } else {
      setPhase({ step: "refused", message: end.message ?? t("failed"), plan: end.type === "refused" ? end.plan : undefined });
    }
  }

  const plan = phase.step === "checked" || phase.step === "importing" ? phase.plan : phase.step === "refused" ? phase.plan : undefined;
  const busy = phase.step === "checking" || phase.step === "importing";
  const staleCheck = () => {
    if (phase.step !== "idle" && !busy) setPhase({ step: "idle" });
  };
  const field = "rounded-md border border-line bg-surface px-2 py-1.5";

  return (
    <div className="space-y-6">
      <form
        ref={form}
        className="space-y-5 rounded-lg border border-line bg-surface p-4"
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
        // A changed field of the import makes the dry run stale; a saved layout's name is not one.
        onChange={(event) => {
          if ((event.target as Element).hasAttribute("name")) staleCheck();
        }}
      >
        <fieldset className="min-w-0 space-y-3">
          <legend className="font-semibold">{t("fileLegend")}</legend>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t("file", { maxMb })}</span>
            <input
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="text-sm"
              onChange={columnsWanted}
            />
          </label>
          <label className="flex max-w-sm flex-col gap-1 text-sm">
            <span className="font-medium">{t("sheet")}</span>
            <input name="sheet" type="text" className={field} list="statistics-sheets" onBlur={columnsWanted} />
            <datalist id="statistics-sheets">
              {sheets.map((sheet) => (
                <option key={sheet} value={sheet} />
              ))}
            </datalist>
          </label>
          <LayoutFieldsEditor
            layout={layout}
            onChange={(next) => {
              setLayout(next);
              staleCheck();
            }}
            onNeedColumns={() => void readColumns()}
            preview={preview}
            countries={countries}
            saved={layouts}
          />
        </fieldset>

        <fieldset className="grid gap-3 text-sm sm:grid-cols-2">
          <legend className="mb-2 font-semibold">{t("sourceLegend")}</legend>
          <label className="flex flex-col gap-1 sm:col-span-2">
            <span className="font-medium">{t("sourceTitle")}</span>
            <input name="sourceTitle" type="text" required maxLength={500} className={field} placeholder={t("sourceTitleHint")} />
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t("sourcePublisher")}</span>
            <input name="sourcePublisher" type="text" required maxLength={300} className={field} />
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t("sourceDate")}</span>
            <input name="sourceDate" type="date" required className={field} />
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t("sourceUrl")}</span>
            <input name="sourceUrl" type="url" maxLength={2000} className={field} />
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t("sourceLanguage")}</span>
            <select name="sourceLanguage" className={field} defaultValue="en">
              <option value="en">English</option>
              <option value="ru">Русский</option>
            </select>
          </label>
        </fieldset>
        <Button type="submit" disabled={busy}>
          {phase.step === "checking" ? t("checking") : t("check")}
        </Button>
      </form>

      {phase.step === "refused" && <FormAlert title={phase.message} />}
      {phase.step === "imported" && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm" data-testid="statistics-imported">
          {t("imported", { added: phase.added, revised: phase.revised, title: phase.title })}
        </p>
      )}

      {plan && (
        <section className="space-y-4" aria-labelledby="statistics-plan" data-testid="statistics-plan">
          <h2 id="statistics-plan" className="text-lg font-semibold">
            {t("summary")}
          </h2>
          {plan.sheet && <p className="text-sm text-muted">{t("sheetIn", { sheet: plan.sheet, sheets: plan.sheets.join(", ") })}</p>}
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
            {COUNTS.map((kind) => (
              <div
                key={kind}
                className={`rounded-md border border-line p-3 ${kind === "wrong" && plan.counts.wrong > 0 ? "border-danger bg-red-50" : "bg-surface"}`}
              >
                <dt className="text-sm text-muted">{t(`count.${kind}`)}</dt>
                <dd className="tabular text-xl font-semibold" data-testid={`count-${kind}`}>
                  {plan.counts[kind]}
                </dd>
              </div>
            ))}
          </dl>
          {plan.reasons.length > 0 && (
            <div className="space-y-1">
              <h3 className="font-medium">{t("reasons")}</h3>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {plan.reasons.map((reason) => (
                  <li key={`${reason.kind}-${reason.text}`} className={reason.kind === "wrong" ? "text-danger" : ""}>
                    <span className="tabular font-semibold">{reason.count}</span> — {t(`count.${reason.kind}`).toLowerCase()}: {reason.text}
                  </li>
                ))}
              </ul>
            </div>
          )}

          {phase.step === "checked" && plan.counts.added + plan.counts.revised > 0 && (
            <div className="space-y-2 rounded-lg border border-line bg-accent-soft p-3">
              {plan.counts.wrong > 0 && (
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={skipWrong} onChange={(event) => setSkipWrong(event.target.checked)} />
                  {t("skipWrong", { count: plan.counts.wrong })}
                </label>
              )}
              <Button type="button" disabled={plan.counts.wrong > 0 && !skipWrong} onClick={() => void runImport(plan)}>
                {t("import")}
              </Button>
            </div>
          )}
          {phase.step === "importing" && (
            <div className="space-y-1">
              <progress
                className="w-full"
                max={Math.max(phase.total, 1)}
                value={phase.done}
                aria-label={t("importing", { done: phase.done, total: phase.total })}
              />
              <p role="status" className="text-sm">
                {t("importing", { done: phase.done, total: phase.total })}
              </p>
            </div>
          )}

          <div className="max-h-[32rem] overflow-auto rounded-lg border border-line bg-surface" tabIndex={0} role="region" aria-label={t("rowsCaption")}>
            <table className="data-table" data-testid="statistics-rows">
              <caption className="sr-only">{t("rowsCaption")}</caption>
              <thead className="sticky top-0">
                <tr>
                  <th scope="col" className="num">
                    {t("line")}
                  </th>
                  <th scope="col">{t("column")}</th>
                  <th scope="col">{t("result")}</th>
                  <th scope="col">{t("what")}</th>
                  <th scope="col">{t("value")}</th>
                  <th scope="col">{t("previous")}</th>
                  <th scope="col">{t("note")}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((row) => (
                  <tr key={`${row.line}-${row.column ?? ""}`} className={`align-top ${ROW_TONE[row.kind]}`} data-kind={row.kind}>
                    <td className="num">{row.line}</td>
                    <td>{row.column}</td>
                    <th scope="row" className="whitespace-nowrap">
                      {tChange(`change.${row.kind}`)}
                    </th>
                    <td>{row.figure}</td>
                    <td className="tabular">{row.value}</td>
                    <td className="tabular">{row.previous}</td>
                    <td>{row.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {Object.entries(plan.hidden).map(([kind, count]) => (
            <p key={kind} className="text-sm text-muted">
              {t("more", { count: count!, kind: t(`count.${kind as RowKind}`).toLowerCase() })}
            </p>
          ))}
        </section>
      )}
    </div>
  );
}
