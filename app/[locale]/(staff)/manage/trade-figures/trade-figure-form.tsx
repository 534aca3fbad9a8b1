"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { Field, INPUT_CLASS } from "@/components/field";
import { RecordForm, type FormValues } from "@/components/record-form";
import { CitationsFields } from "@/components/citations-fields";
import { ChoiceOptions, type Choice } from "@/components/choice-options";

export type TradeFigureFormOptions = { scopes: Choice[]; countries: Choice[]; sources: Choice[] };

type Checkbox = "periodInferred" | "isLowerBound" | "growthIsLowerBound";

export function TradeFigureForm({
  action,
  initial,
  options,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormValues;
  options: TradeFigureFormOptions;
  submitLabel: string;
}) {
  const t = useTranslations("tradeFigureForm");
  return (
    <RecordForm action={action} initial={initial} labels="tradeFigureForm" submitLabel={submitLabel}>
      {(values, errors) => {
        const text = (name: string) => (values[name] as string | undefined) ?? "";
        const input = (name: string, props: { type?: string; inputMode?: "decimal" | "numeric"; required?: boolean; hint?: string } = {}) => (
          <Field name={name} label={t(name as "scope")} error={errors[name]} required={props.required} hint={props.hint}>
            {(control) => <input {...control} type={props.type ?? "text"} inputMode={props.inputMode} defaultValue={text(name)} className={INPUT_CLASS} />}
          </Field>
        );
        const select = (name: string, choices: Choice[], props: { required?: boolean; empty: string; hint?: string }) => (
          <Field name={name} label={t(name as "scope")} error={errors[name]} required={props.required} hint={props.hint}>
            {(control) => (
              <select {...control} defaultValue={text(name)} className={INPUT_CLASS}>
                <ChoiceOptions choices={choices} empty={props.empty} />
              </select>
            )}
          </Field>
        );
        const checkbox = (name: Checkbox) => (
          <div className="flex flex-col gap-1">
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                id={`field-${name}`}
                name={name}
                defaultChecked={values[name] === "on" || values[name] === true}
                aria-invalid={Boolean(errors[name])}
                aria-describedby={errors[name] ? `field-${name}-error` : undefined}
                className="size-4"
              />
              {t(name)}
            </label>
            {errors[name] && (
              <p id={`field-${name}-error`} className="text-sm font-medium text-danger" data-testid={`error-${name}`}>
                {errors[name]}
              </p>
            )}
          </div>
        );
        return (
          <>
            <div className="grid gap-4 sm:grid-cols-3">
              {select("scope", options.scopes, { required: true, empty: t("choose") })}
              {select("countryACode", options.countries, { empty: t("none"), hint: t("countriesHint") })}
              {select("countryBCode", options.countries, { empty: t("none") })}
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              {input("periodStart", { type: "date", required: true, hint: t("periodHint") })}
              {input("periodEnd", { type: "date", required: true })}
            </div>
            {checkbox("periodInferred")}
            <div className="grid gap-4 sm:grid-cols-2">
              <div className="space-y-2">
                {input("valueUsd", { inputMode: "decimal", hint: t("valueHint") })}
                {checkbox("isLowerBound")}
              </div>
              <div className="space-y-2">
                {input("growthPercent", { inputMode: "decimal", hint: t("growthHint") })}
                {checkbox("growthIsLowerBound")}
                {input("growthOverYears", { inputMode: "numeric", hint: t("growthOverYearsHint") })}
              </div>
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field name="noteRu" label={t("noteRu")} error={errors.noteRu}>
                {(control) => <textarea {...control} rows={3} defaultValue={text("noteRu")} className={INPUT_CLASS} />}
              </Field>
              <Field name="noteEn" label={t("noteEn")} error={errors.noteEn}>
                {(control) => <textarea {...control} rows={3} defaultValue={text("noteEn")} className={INPUT_CLASS} />}
              </Field>
            </div>
            <CitationsFields values={values} sources={options.sources} errors={errors} />
          </>
        );
      }}
    </RecordForm>
  );
}
