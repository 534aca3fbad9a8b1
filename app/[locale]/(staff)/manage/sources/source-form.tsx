"use client";

import { useTranslations } from "next-intl";
import { RecordForm, type RecordFormProps } from "@/components/record-form";
import { SelectControl, TextControl, type Option } from "@/components/form-controls";
import { DateWithPrecisionControl } from "@/components/date-with-precision-control";

export type SourceFormOptions = { kinds: Option[]; languages: Option[] };

export function SourceForm({ action, initial, options, submitLabel }: RecordFormProps<SourceFormOptions>) {
  const t = useTranslations("sourceForm");
  return (
    <RecordForm action={action} initial={initial} labels="sourceForm" submitLabel={submitLabel}>
      {(values, errors, field) => {
        return (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextControl {...field("titleRu", true)} />
            <TextControl {...field("titleEn", true)} />
            <SelectControl {...field("kind", true)} choices={options.kinds} />
            <SelectControl {...field("language", true)} choices={options.languages} />
            <TextControl {...field("publisher")} />
            <TextControl {...field("author")} />
            <DateWithPrecisionControl precision={field("publishedPrecision")} dates={[{ ...field("publishedOn"), hint: t("publishedOnHint") }]} />
            <TextControl {...field("url")} type="url" inputMode="url" />
          </div>
        );
      }}
    </RecordForm>
  );
}
