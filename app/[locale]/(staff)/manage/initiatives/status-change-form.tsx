"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { RecordForm, type FormValues } from "@/components/record-form";
import { SelectControl, TextControl, type Option } from "@/components/form-controls";
import { DateWithPrecisionControl } from "@/components/date-with-precision-control";
import { NewSourceFields } from "@/components/citations-fields";

/** Records a status change: status, date, a note in at least one language, and its source (one listed, or a new one entered here). */
export function StatusChangeForm({
  action,
  initial,
  statuses,
  sources,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormValues;
  statuses: Option[];
  sources: Option[];
}) {
  const t = useTranslations("statusChangeForm");
  return (
    <RecordForm action={action} initial={initial} labels="statusChangeForm" submitLabel={t("submit")}>
      {(values, errors, field) => {
        return (
          <>
            <input type="hidden" name="initiativeId" value={String(values.initiativeId ?? "")} />
            <div className="grid gap-4 sm:grid-cols-2">
              <div className="sm:col-span-2">
                <SelectControl {...field("status", true)} choices={statuses} empty={t("choose")} />
              </div>
              <DateWithPrecisionControl precision={field("changedPrecision")} dates={[{ ...field("changedOn", true), hint: t("changedOnHint") }]} />
              <TextControl {...field("noteRu")} hint={t("noteHint")} />
              <TextControl {...field("noteEn")} hint={t("noteHint")} />
              <SelectControl {...field("sourceId")} choices={sources} empty={t("choose")} hint={t("sourceHint")} />
              <TextControl {...field("quote")} />
            </div>
            <NewSourceFields values={values} errors={errors} />
          </>
        );
      }}
    </RecordForm>
  );
}
