"use client";

import { useTranslations } from "next-intl";
import { RecordForm, type RecordFormProps } from "@/components/record-form";
import { CitationsFields } from "@/components/citations-fields";
import { SelectControl, TextAreaControl, TextControl, type Option } from "@/components/form-controls";

export type InitiativeFormOptions = { countries: Option[]; sectors: Option[]; events: Option[]; documents: Option[]; sources: Option[] };

export function InitiativeForm({ action, initial, options, submitLabel }: RecordFormProps<InitiativeFormOptions>) {
  const t = useTranslations("initiativeForm");
  return (
    <RecordForm action={action} initial={initial} labels="initiativeForm" submitLabel={submitLabel}>
      {(values, errors, field) => {
        return (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextControl {...field("titleRu", true)} />
              <TextControl {...field("titleEn", true)} />
              <TextAreaControl {...field("descriptionRu")} />
              <TextAreaControl {...field("descriptionEn")} />
              <SelectControl {...field("sector", true)} choices={options.sectors} empty={t("choose")} />
              <SelectControl {...field("proposerCode")} choices={options.countries} empty={t("notStated")} />
              <TextControl {...field("proposerPersonRu")} />
              <TextControl {...field("proposerPersonEn")} />
              <SelectControl {...field("eventId")} choices={options.events} empty={t("none")} />
              <SelectControl {...field("adoptedByDocumentId")} choices={options.documents} empty={t("none")} />
            </div>
            <CitationsFields values={values} sources={options.sources} errors={errors} />
          </>
        );
      }}
    </RecordForm>
  );
}
