"use client";

import { useTranslations } from "next-intl";
import { RecordForm, type RecordFormProps } from "@/components/record-form";
import { CitationsFields } from "@/components/citations-fields";
import { CheckboxControl, SelectControl, TextAreaControl, TextControl, type Option } from "@/components/form-controls";
import { DateWithPrecisionControl } from "@/components/date-with-precision-control";

export type EventFormOptions = { kinds: Option[]; countries: Option[]; sources: Option[] };

export function EventForm({ action, initial, options, submitLabel }: RecordFormProps<EventFormOptions>) {
  const t = useTranslations("eventForm");
  return (
    <RecordForm action={action} initial={initial} labels="eventForm" submitLabel={submitLabel}>
      {(values, errors, field) => {
        const participants = new Set(Array.isArray(values.participants) ? (values.participants as string[]) : []);
        const participantError = Object.entries(errors).find(([key]) => key === "participants" || key.startsWith("participants."))?.[1];
        return (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectControl {...field("kind", true)} choices={options.kinds} empty={t("choose")} />
              <TextControl {...field("ordinal")} inputMode="numeric" hint={t("ordinalHint")} />
              <TextControl {...field("titleRu", true)} />
              <TextControl {...field("titleEn", true)} />
              <div className="sm:col-span-2">
                <TextControl {...field("slug")} hint={t("slugHint")} />
              </div>
              <div className="grid gap-4 sm:col-span-2 sm:grid-cols-3">
                <DateWithPrecisionControl precision={field("datePrecision")} dates={[field("startDate", true), field("endDate")]} />
              </div>
              <div className="sm:col-span-2">
                <CheckboxControl name="dateInferred" label={t("dateInferred")} values={values} hint={t("dateInferredHint")} />
              </div>
              <TextControl {...field("cityRu")} />
              <TextControl {...field("cityEn")} />
              <SelectControl {...field("hostCode")} choices={options.countries} empty={t("none")} />
            </div>
            <fieldset
              id="field-participants"
              className="rounded-lg border border-line p-4"
              aria-describedby={participantError ? "participants-error" : undefined}
            >
              <legend className="px-1 font-semibold">{t("participants")}</legend>
              {participantError && (
                <p id="participants-error" className="text-sm font-medium text-danger" data-testid="error-participants">
                  {participantError}
                </p>
              )}
              <div className="grid gap-2 sm:grid-cols-3">
                {options.countries.map((country, index) => (
                  <label key={country.value} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name={`participants.${index}`}
                      value={country.value}
                      defaultChecked={participants.has(country.value)}
                      className="size-4"
                    />
                    {country.label}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextAreaControl {...field("summaryRu")} />
              <TextAreaControl {...field("summaryEn")} />
            </div>
            <CitationsFields values={values} sources={options.sources} errors={errors} />
          </>
        );
      }}
    </RecordForm>
  );
}
