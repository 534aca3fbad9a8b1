"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/components/link";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/form-alert";
import type { CheckView } from "@/lib/import/messages";
import { refreshAfterImportAction } from "@/lib/actions/import/refresh-after-import";
import { streamImport } from "@/lib/import/streamed-import";

type Kind = "tradeFigures" | "ventures";
type Phase =
  | { step: "idle" }
  | { step: "checking" }
  | { step: "checked"; check: CheckView }
  | { step: "importing"; done: number; total: number; check: Extract<CheckView, { ok: true }> }
  | { step: "imported"; count: number }
  | { step: "refused"; message: string; check?: CheckView };

const SHOWN_CELLS = 4;

/** The first columns of the file, and every column whose amounts the check read, to show how. */
function shownColumns(checked: { columns: string[]; rows: { read?: Record<string, string> }[] }): string[] {
  const read = new Set(checked.rows.flatMap((row) => Object.keys(row.read ?? {})));
  return checked.columns.filter((column, index) => index < SHOWN_CELLS || read.has(column));
}

/**
 * Upload, dry run, then import. The import streams its progress from the server while
 * one transaction writes every row; only the final "done" line means anything was saved.
 */
export function ImportClient({ locale, maxMb, maxRows }: { locale: string; maxMb: number; maxRows: number }) {
  const t = useTranslations("import");
  const [kind, setKind] = useState<Kind>("tradeFigures");
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const endpoint = `/${locale}/manage/import/run`;

  const body = (mode: "check" | "import") => {
    const data = new FormData();
    data.set("kind", kind);
    data.set("mode", mode);
    if (file) data.set("file", file);
    return data;
  };

  async function check() {
    if (!file) return setPhase({ step: "refused", message: t("chooseFile") });
    setPhase({ step: "checking" });
    try {
      const response = await fetch(endpoint, { method: "POST", body: body("check") });
      setPhase({ step: "checked", check: (await response.json()) as CheckView });
    } catch {
      setPhase({ step: "refused", message: t("failed") });
    }
  }

  async function runImport(checked: Extract<CheckView, { ok: true }>) {
    setPhase({ step: "importing", done: 0, total: checked.rows.length, check: checked });
    const end = await streamImport<{ imported: number }, { check?: CheckView }>(endpoint, body("import"), (done, total) =>
      setPhase({ step: "importing", done, total, check: checked }),
    );
    if (end.type === "done") {
      await refreshAfterImportAction(kind).catch(() => undefined);
      setPhase({ step: "imported", count: end.imported });
    } else {
      setPhase({ step: "refused", message: end.message ?? t("failed"), check: end.type === "refused" ? end.check : undefined });
    }
  }

  const checked =
    phase.step === "checked" && phase.check.ok
      ? phase.check
      : phase.step === "importing"
        ? phase.check
        : phase.step === "refused" && phase.check?.ok
          ? phase.check
          : null;

  return (
    <div className="space-y-6">
      <form
        className="space-y-4 rounded-lg border border-line bg-surface p-4"
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t("kind")}</legend>
          <div className="flex flex-wrap gap-4">
            {(["tradeFigures", "ventures"] as const).map((k) => (
              <label key={k} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => {
                    setKind(k);
                    setPhase({ step: "idle" });
                  }}
                />
                {t(`kinds.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-medium">
            {t("file")}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPhase({ step: "idle" });
            }}
            className="text-sm"
          />
          <p id="import-file-hint" className="text-xs text-muted">
            {t("fileHint", { maxMb, maxRows })}{" "}
            <a href={`/${locale}/manage/import/template.csv?kind=${kind}`} download>
              {t("template")}
            </a>
            . {t("templateHint")}
          </p>
        </div>
        <Button type="submit" disabled={phase.step === "checking" || phase.step === "importing"}>
          {phase.step === "checking" ? t("checking") : t("check")}
        </Button>
      </form>

      {phase.step === "refused" && <FormAlert title={phase.message} />}
      {phase.step === "checked" && !phase.check.ok && <FormAlert title={phase.check.message} />}
      {phase.step === "imported" && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm" data-testid="import-done">
          {t("imported", { count: phase.count })} <Link href={kind === "tradeFigures" ? "/manage/trade-figures" : "/manage/ventures"}>{t("openList")}</Link>
        </p>
      )}

      {checked && (
        <section className="space-y-3" aria-live="polite">
          <p role="status" data-testid="import-summary" className={checked.errorCount > 0 ? "font-medium text-danger" : "font-medium"}>
            {checked.errorCount > 0
              ? t("summaryErrors", { errors: checked.errorCount, count: checked.rows.length })
              : t("summaryOk", { count: checked.rows.length })}
          </p>
          {phase.step === "checked" && checked.errorCount === 0 && (
            <Button type="button" onClick={() => void runImport(checked)}>
              {t("importRows", { count: checked.rows.length })}
            </Button>
          )}
          {phase.step === "importing" && (
            <div className="space-y-1">
              <progress className="w-full" max={phase.total} value={phase.done} aria-label={t("importing", { done: phase.done, total: phase.total })} />
              <p role="status" className="text-sm">
                {t("importing", { done: phase.done, total: phase.total })}
              </p>
            </div>
          )}
          <div className="max-h-[32rem] overflow-auto rounded-lg border border-line bg-surface">
            <table className="w-full text-left text-sm" data-testid="import-rows">
              <thead className="sticky top-0 bg-canvas">
                <tr>
                  <th scope="col" className="p-2">
                    {t("line")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("rowErrors")}
                  </th>
                  {shownColumns(checked).map((column) => (
                    <th key={column} scope="col" className="p-2 font-mono text-xs">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {checked.rows.map((row) => (
                  <tr
                    key={row.line}
                    className={`border-t border-line align-top ${row.errors.length > 0 ? "bg-red-50" : ""}`}
                    data-testid={`import-row-${row.line}`}
                  >
                    <td className="p-2 tabular">{row.line}</td>
                    <td className="min-w-56 p-2">
                      {row.errors.length === 0 ? (
                        <span className="text-muted">{t("rowOk")}</span>
                      ) : (
                        <ul className="list-disc pl-4 text-danger">
                          {row.errors.map((error, index) => (
                            <li key={index}>
                              {error.column && <span className="font-mono text-xs">{error.column}: </span>}
                              {error.message}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    {shownColumns(checked).map((column) => (
                      <td key={column} className="max-w-48 truncate p-2" title={row.cells[column]}>
                        {row.cells[column]}
                        {row.read?.[column] && (
                          <span className="block text-xs text-muted" data-testid="import-read">
                            {row.read[column]}
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
