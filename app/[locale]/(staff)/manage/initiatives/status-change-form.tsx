"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { RecordForm, type FieldProps, type FormValues } from "@/components/record-form";
import { CheckboxControl, SelectControl, TextControl, type Option } from "@/components/form-controls";
import { DateWithPrecisionControl } from "@/components/date-with-precision-control";
import { NewSourceFields } from "@/components/citations-fields";

/**
 * Records what became of an initiative: a new status, or a check that found it unchanged;
 * a date, a note in at least one language, and its source (one listed, or a new one entered
 * here) — or, for a check, that no public information was found.
 */
export function StatusChangeForm({
  action,
  initial,
  current,
  statuses,
  sources,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormValues;
  /** The initiative's status now, in words: what a check confirms. */
  current: string;
  statuses: Option[];
  sources: Option[];
}) {
  const t = useTranslations("statusChangeForm");
  return (
    <RecordForm action={action} initial={initial} labels="statusChangeForm" submitLabel={t("submit")}>
      {(values, errors, field) => <EntryFields values={values} errors={errors} field={field} current={current} statuses={statuses} sources={sources} />}
    </RecordForm>
  );
}

type Field = (
  name: "kind" | "status" | "changedOn" | "changedPrecision" | "noteRu" | "noteEn" | "noPublicInformation" | "sourceId" | "quote",
  required?: boolean,
) => FieldProps;

function EntryFields({
  values,
  errors,
  field,
  current,
  statuses,
  sources,
}: {
  values: FormValues;
  errors: Record<string, string>;
  field: Field;
  current: string;
  statuses: Option[];
  sources: Option[];
}) {
  const t = useTranslations("statusChangeForm");
  const [kind, setKind] = useState(values.kind === "CHECK" ? "CHECK" : "CHANGE");
  return (
    <>
      <input type="hidden" name="initiativeId" value={String(values.initiativeId ?? "")} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("kind")}</legend>
        {(["CHANGE", "CHECK"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} className="size-4" />
            {value === "CHANGE" ? t("kindChange") : t("kindCheck", { status: current })}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {kind === "CHANGE" && (
          <div className="sm:col-span-2">
            <SelectControl {...field("status", true)} choices={statuses} empty={t("choose")} />
          </div>
        )}
        <DateWithPrecisionControl precision={field("changedPrecision")} dates={[{ ...field("changedOn", true), hint: t("changedOnHint") }]} />
        <TextControl {...field("noteRu")} hint={t("noteHint")} />
        <TextControl {...field("noteEn")} hint={t("noteHint")} />
        {kind === "CHECK" && (
          <div className="sm:col-span-2">
            <CheckboxControl {...field("noPublicInformation")} hint={t("noPublicInformationHint")} />
          </div>
        )}
        <SelectControl {...field("sourceId")} choices={sources} empty={t("choose")} hint={t("sourceHint")} />
        <TextControl {...field("quote")} />
      </div>
      <NewSourceFields values={values} errors={errors} />
    </>
  );
}
