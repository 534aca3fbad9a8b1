"use client";

import { useTranslations } from "next-intl";
import { RecordForm, type RecordFormProps } from "@/components/record-form";
import { CitationsFields } from "@/components/citations-fields";
import { SelectControl, TextControl, type Option } from "@/components/form-controls";
import { DateWithPrecisionControl } from "@/components/date-with-precision-control";

export type TargetFormOptions = { scopes: Option[]; countries: Option[]; events: Option[]; sources: Option[] };

export function TargetForm({ action, initial, options, submitLabel }: RecordFormProps<TargetFormOptions>) {
  const t = useTranslations("targetForm");
  return (
    <RecordForm action={action} initial={initial} labels="targetForm" submitLabel={submitLabel}>
      {(values, errors, field) => {
        return (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <div className="sm:col-span-2">
                <SelectControl {...field("scope", true)} choices={options.scopes} empty={t("choose")} hint={t("scopeHint")} />
              </div>
              <SelectControl {...field("countryACode")} choices={options.countries} empty={t("none")} />
              <SelectControl {...field("countryBCode")} choices={options.countries} empty={t("none")} />
              <TextControl {...field("valueUsd", true)} inputMode="decimal" hint={t("valueHint")} />
              <TextControl {...field("deadlineYear")} inputMode="numeric" hint={t("deadlineYearHint")} />
              <TextControl {...field("horizonRu", true)} />
              <TextControl {...field("horizonEn", true)} />
              <DateWithPrecisionControl precision={field("setPrecision")} dates={[field("setOn", true)]} />
              <div className="sm:col-span-2">
                <SelectControl {...field("setAtEventId")} choices={options.events} empty={t("none")} />
              </div>
              <TextControl {...field("setByRu")} />
              <TextControl {...field("setByEn")} />
              <TextControl {...field("noteRu")} />
              <TextControl {...field("noteEn")} />
            </div>
            <CitationsFields values={values} sources={options.sources} errors={errors} />
          </>
        );
      }}
    </RecordForm>
  );
}
