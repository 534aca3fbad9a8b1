"use client";

import { useTranslations } from "next-intl";
import { Field, INPUT_CLASS } from "@/components/field";
import { ChoiceOptions, type Choice } from "@/components/choice-options";
import { useRows } from "@/components/use-rows";
import { DateWithPrecisionControl } from "@/components/date-with-precision-control";
import type { FormValues } from "@/components/record-form";

type CitationValue = { id?: string; sourceId?: string; quote?: string; quoteEn?: string };

/**
 * The sources behind a record: existing sources with the quoted passage, rows added and
 * removed in place, and a new source (title, publisher, date, address) entered on the spot.
 */
export function CitationsFields({ values, sources, errors }: { values: FormValues; sources: Choice[]; errors: Record<string, string> }) {
  const citations = (values.citations as CitationValue[] | undefined) ?? [];
  const t = useTranslations("recordFields");
  const { rows, add, remove } = useRows<CitationValue>(citations, [{}]);
  return (
    <fieldset id="field-citations" className="space-y-4 rounded-lg border border-line p-4" aria-describedby={errors.citations ? "citations-error" : undefined}>
      <legend className="px-1 font-semibold">{t("sources")}</legend>
      <p className="text-sm text-muted">{t("sourcesHint")}</p>
      {errors.citations && (
        <p id="citations-error" className="text-sm font-medium text-danger" data-testid="error-citations">
          {errors.citations}
        </p>
      )}
      {rows.map((row, index) => (
        <div key={row.key} className="grid gap-3 rounded-md bg-canvas p-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
          {row.id && <input type="hidden" name={`citations.${index}.id`} value={row.id} />}
          <Field name={`citations.${index}.sourceId`} label={t("source")} error={errors[`citations.${index}.sourceId`]}>
            {(control) => (
              <select {...control} defaultValue={row.sourceId ?? ""} className={INPUT_CLASS}>
                <ChoiceOptions choices={sources} empty={t("noSource")} />
              </select>
            )}
          </Field>
          <Field name={`citations.${index}.quote`} label={t("quote")} error={errors[`citations.${index}.quote`]}>
            {(control) => <input {...control} defaultValue={row.quote ?? ""} className={INPUT_CLASS} />}
          </Field>
          <Field name={`citations.${index}.quoteEn`} label={t("quoteEn")} error={errors[`citations.${index}.quoteEn`]}>
            {(control) => <input {...control} lang="en" defaultValue={row.quoteEn ?? ""} className={INPUT_CLASS} />}
          </Field>
          <button type="button" onClick={() => remove(row.key)} className="rounded-md border border-line px-3 py-2 text-sm">
            {t("removeSource")}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => add({})} className="rounded-md border border-line px-3 py-1.5 text-sm">
        {t("addSource")}
      </button>
      <NewSourceFields values={values} errors={errors} />
    </fieldset>
  );
}

/** A source entered on the spot (title, publisher, date, address, language): created, audited, with the record it supports. */
export function NewSourceFields({ values, errors }: { values: FormValues; errors: Record<string, string> }) {
  const newSource = values.newSource as Record<string, string> | undefined;
  const t = useTranslations("recordFields");
  const typed = (name: string, label: string, value: string | undefined) => ({ name, label, values: { [name]: value }, errors, required: false });
  return (
    <details open={Boolean(newSource?.title)} className="rounded-md border border-line p-3">
      <summary className="cursor-pointer text-sm font-medium">{t("newSource")}</summary>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <Field name="newSource.title" label={t("sourceTitle")} error={errors["newSource.title"]}>
          {(control) => <input {...control} defaultValue={newSource?.title ?? ""} className={INPUT_CLASS} />}
        </Field>
        <Field name="newSource.publisher" label={t("publisher")} error={errors["newSource.publisher"]}>
          {(control) => <input {...control} defaultValue={newSource?.publisher ?? ""} className={INPUT_CLASS} />}
        </Field>
        <DateWithPrecisionControl
          precision={typed("newSource.publishedPrecision", t("publishedPrecision"), newSource?.publishedPrecision)}
          dates={[typed("newSource.publishedOn", t("publishedOn"), newSource?.publishedOn)]}
        />
        <Field name="newSource.url" label={t("url")} error={errors["newSource.url"]}>
          {(control) => <input {...control} type="url" inputMode="url" defaultValue={newSource?.url ?? ""} className={INPUT_CLASS} />}
        </Field>
        <Field name="newSource.language" label={t("language")} error={errors["newSource.language"]}>
          {(control) => (
            <select {...control} defaultValue={newSource?.language ?? "ru"} className={INPUT_CLASS}>
              {(["ru", "en", "kk", "uz", "ky", "tg", "tk", "az", "other"] as const).map((code) => (
                <option key={code} value={code}>
                  {t(`languages.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </details>
  );
}
