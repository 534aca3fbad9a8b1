"use client";

import { useId, useState, useTransition, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { deleteImportLayoutAction, saveImportLayoutAction } from "@/lib/actions/import/import-layouts";
import type { LayoutFields, SavedLayout } from "@/lib/validation/statistics-layout";

export type Preview = { status: "none" } | { status: "reading" } | { status: "read"; header: string[]; sample: string[][] };

type Props = {
  layout: LayoutFields;
  onChange: (layout: LayoutFields) => void;
  /** The person picked the column layout, or another sheet: its columns should be read. */
  onNeedColumns: () => void;
  preview: Preview;
  countries: { code: string; name: string }[];
  saved: SavedLayout[];
};

const FIELD = "max-w-full rounded-md border border-line bg-surface px-2 py-1.5";
const FLOWS = ["EXPORT", "IMPORT", "TURNOVER"] as const;

/**
 * The file's layout: a saved one, UN Comtrade's, a wide table's, or the person's own map of
 * which column holds what, over the header and first rows read from the file. Any layout
 * but Comtrade's can be saved under a name for the next file.
 */
export function LayoutFieldsEditor({ layout, onChange, onNeedColumns, preview, countries, saved }: Props) {
  const t = useTranslations("statsImport.ui");
  const router = useRouter();
  const [picked, setPicked] = useState("");
  const [notice, setNotice] = useState<FormState>(IDLE);
  const [pending, startTransition] = useTransition();
  const header = preview.status === "read" ? preview.header : [];

  const set = (name: keyof LayoutFields, value: string) => onChange({ ...layout, [name]: value });
  const choose = (fields: LayoutFields) => {
    onChange(fields);
    if (fields.preset === "columns") onNeedColumns();
  };
  const pick = (name: string) => {
    setPicked(name);
    const entry = saved.find((s) => s.name === name);
    // The saved fields replace the columns on screen; a country, flow or unit it does not name stays as chosen.
    if (entry) choose({ reporter: layout.reporter, flow: layout.flow, scale: layout.scale, ...entry.fields });
  };
  const run: Run = (action, data, after) =>
    startTransition(async () => {
      const form = new FormData();
      for (const [key, value] of Object.entries(data)) if (value) form.set(key, value);
      const result = await action(IDLE, form);
      setNotice(result);
      if (result.status === "idle") {
        after();
        router.refresh();
      }
    });
  const error = notice.status === "error" ? (notice.fieldErrors?.name ?? notice.fieldErrors?.fields ?? notice.message) : undefined;

  return (
    <div className="space-y-3">
      <SavedLayoutPicker saved={saved} picked={picked} onPick={pick} run={run} pending={pending} />
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">{t("preset")}</legend>
        {(["comtrade", "wide", "columns"] as const).map((value) => (
          <label key={value} className="flex items-start gap-2">
            <input
              type="radio"
              name="preset"
              value={value}
              checked={layout.preset === value}
              onChange={() => choose({ ...layout, preset: value })}
              className="mt-1"
            />
            {t(value === "comtrade" ? "presetComtrade" : value === "wide" ? "presetWide" : "presetColumns")}
          </label>
        ))}
      </fieldset>

      {layout.preset === "wide" && (
        <div className="flex flex-wrap gap-3 text-sm">
          <CountrySelect layout={layout} set={set} countries={countries} />
          <FlowSelect layout={layout} set={set} />
          <UnitSelect layout={layout} set={set} />
        </div>
      )}

      {layout.preset === "columns" && (
        <fieldset className="min-w-0 space-y-3 rounded-md border border-line p-3 text-sm" data-testid="column-map">
          <legend className="px-1 font-medium">{t("mapping")}</legend>
          <p className="text-muted">{t("mappingHint")}</p>
          {preview.status === "none" && <p>{t("mappingNeedsFile")}</p>}
          {preview.status === "reading" && <p role="status">{t("mappingReading")}</p>}
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            <ColumnSelect name="reporterColumn" empty={t("sameForEveryRow")} layout={layout} set={set} header={header} />
            {!layout.reporterColumn && <CountrySelect layout={layout} set={set} countries={countries} />}
            <ColumnSelect name="partnerColumn" empty={t("chooseColumn")} layout={layout} set={set} header={header} />
            <ColumnSelect name="periodColumn" empty={t("chooseColumn")} layout={layout} set={set} header={header} />
            <ColumnSelect name="monthColumn" empty={t("noMonthColumn")} layout={layout} set={set} header={header} />
            <ColumnSelect name="flowColumn" empty={t("sameForEveryRow")} layout={layout} set={set} header={header} />
            {!layout.flowColumn && <FlowSelect layout={layout} set={set} />}
            <ColumnSelect name="valueColumn" empty={t("chooseColumn")} layout={layout} set={set} header={header} />
            <UnitSelect layout={layout} set={set} />
          </div>
          {preview.status === "read" && preview.header.length > 0 && (
            <div className="max-w-full overflow-x-auto rounded-md border border-line" tabIndex={0} role="region" aria-label={t("previewCaption")}>
              <table className="data-table text-xs" data-testid="column-preview">
                <caption className="sr-only">{t("previewCaption")}</caption>
                <thead>
                  <tr>
                    {preview.header.map((name) => (
                      <th key={name} scope="col">
                        {name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.sample.map((row, i) => (
                    <tr key={i}>
                      {preview.header.map((name, column) => (
                        <td key={name}>{row[column]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </fieldset>
      )}
      {layout.preset !== "comtrade" && <SaveLayout layout={layout} run={run} pending={pending} error={error} onSaved={setPicked} />}
      {error && (
        <p role="alert" id="layout-error" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
      {notice.status === "idle" && notice.message && (
        <p role="status" className="text-sm text-green-800" data-testid="layout-notice">
          {notice.message}
        </p>
      )}
    </div>
  );
}

type FieldProps = { layout: LayoutFields; set: (name: keyof LayoutFields, value: string) => void };

/** A label above its control, tied by id: a select inside its label would add the chosen option to the label's name. */
function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

function CountrySelect({ layout, set, countries }: FieldProps & { countries: { code: string; name: string }[] }) {
  const t = useTranslations("statsImport.ui");
  return (
    <Labelled label={t("reporter")}>
      {(id) => (
        <select id={id} name="reporter" className={FIELD} value={layout.reporter ?? ""} onChange={(event) => set("reporter", event.target.value)}>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

function FlowSelect({ layout, set }: FieldProps) {
  const t = useTranslations("statsImport");
  return (
    <Labelled label={t("ui.flow")}>
      {(id) => (
        <select id={id} name="flow" className={FIELD} value={layout.flow ?? ""} onChange={(event) => set("flow", event.target.value)}>
          {FLOWS.map((flow) => (
            <option key={flow} value={flow}>
              {t(`flow.${flow}`)}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

function UnitSelect({ layout, set }: FieldProps) {
  const t = useTranslations("statsImport.ui");
  return (
    <Labelled label={t("unit")}>
      {(id) => (
        <select id={id} name="scale" className={FIELD} value={layout.scale ?? ""} onChange={(event) => set("scale", event.target.value)}>
          <option value="0">{t("unitUsd")}</option>
          <option value="3">{t("unitThousands")}</option>
          <option value="6">{t("unitMillions")}</option>
        </select>
      )}
    </Labelled>
  );
}

/** A column of the file's header; one the layout names that the file lacks stays listed, so the dry run can say so. */
function ColumnSelect({
  name,
  empty,
  layout,
  set,
  header,
}: FieldProps & { name: "reporterColumn" | "partnerColumn" | "periodColumn" | "monthColumn" | "flowColumn" | "valueColumn"; empty: string; header: string[] }) {
  const t = useTranslations("statsImport.ui");
  const value = layout[name] ?? "";
  const options = value && !header.includes(value) ? [...header, value] : header;
  return (
    <Labelled label={t(name)}>
      {(id) => (
        <select id={id} name={name} className={FIELD} value={value} onChange={(event) => set(name, event.target.value)}>
          <option value="">{empty}</option>
          {options.map((column) => (
            <option key={column} value={column}>
              {column}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

type Run = (action: typeof saveImportLayoutAction, data: Record<string, string | undefined>, after: () => void) => void;

/** Pick a saved layout (it fills the fields), or delete the one picked. */
function SavedLayoutPicker({
  saved,
  picked,
  onPick,
  run,
  pending,
}: {
  saved: SavedLayout[];
  picked: string;
  onPick: (name: string) => void;
  run: Run;
  pending: boolean;
}) {
  const t = useTranslations("statsImport.ui");
  const pickedLayout = saved.find((entry) => entry.name === picked);
  if (saved.length === 0) return null;
  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <Labelled label={t("savedLayouts")}>
        {(id) => (
          <select
            id={id}
            className={FIELD}
            value={picked}
            aria-describedby="saved-layouts-hint"
            onChange={(event) => onPick(event.target.value)}
            data-testid="saved-layouts"
          >
            <option value="">{t("noSavedLayout")}</option>
            {saved.map((entry) => (
              <option key={entry.id} value={entry.name}>
                {entry.name}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      {pickedLayout && (
        <button
          type="button"
          disabled={pending}
          className="rounded-md border border-danger px-2 py-1.5 text-danger hover:bg-red-50 disabled:opacity-50"
          onClick={() => {
            if (window.confirm(t("deleteLayoutConfirm", { name: pickedLayout.name }))) run(deleteImportLayoutAction, { id: pickedLayout.id }, () => onPick(""));
          }}
        >
          {t("deleteLayout")}
        </button>
      )}
      <p id="saved-layouts-hint" className="w-full text-muted">
        {t("savedLayoutsHint")}
      </p>
    </div>
  );
}

/** Save the layout on screen under a name. */
function SaveLayout({
  layout,
  run,
  pending,
  error,
  onSaved,
}: {
  layout: LayoutFields;
  run: Run;
  pending: boolean;
  error?: string;
  onSaved: (name: string) => void;
}) {
  const t = useTranslations("statsImport.ui");
  const [name, setName] = useState("");
  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <Labelled label={t("saveLayoutName")}>
        {(id) => (
          <input
            id={id}
            type="text"
            className={FIELD}
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "layout-error" : undefined}
            data-testid="layout-name"
          />
        )}
      </Labelled>
      <button
        type="button"
        disabled={pending}
        className="rounded-md border border-accent px-3 py-1.5 text-accent hover:bg-accent-soft disabled:opacity-50"
        onClick={() =>
          run(saveImportLayoutAction, { ...layout, name }, () => {
            onSaved(name.trim());
            setName("");
          })
        }
      >
        {t("saveLayout")}
      </button>
    </div>
  );
}
