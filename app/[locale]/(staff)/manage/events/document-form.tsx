"use client";

import { useTranslations } from "next-intl";
import { RecordForm, type RecordFormProps } from "@/components/record-form";
import { CitationsFields } from "@/components/citations-fields";
import { SelectControl, TextControl, type Option } from "@/components/form-controls";

export type DocumentFormOptions = { types: Option[]; adoptions: Option[]; documents: Option[]; sources: Option[] };

/** A document of an event: title, type, how it was adopted, the document approving it, sources. */
export function DocumentForm({ action, initial, options, submitLabel }: RecordFormProps<DocumentFormOptions>) {
  const t = useTranslations("documentForm");
  return (
    <RecordForm action={action} initial={initial} labels="documentForm" submitLabel={submitLabel}>
      {(values, errors, field) => {
        return (
          <>
            {values.eventId ? <input type="hidden" name="eventId" value={String(values.eventId)} /> : null}
            <div className="grid gap-4 sm:grid-cols-2">
              <TextControl {...field("titleRu", true)} />
              <TextControl {...field("titleEn", true)} />
              <SelectControl {...field("type", true)} choices={options.types} empty={t("choose")} />
              <SelectControl {...field("adoption", true)} choices={options.adoptions} empty={t("choose")} />
              <div className="sm:col-span-2">
                <SelectControl {...field("approvedByDocumentId")} choices={options.documents} empty={t("none")} />
              </div>
            </div>
            <CitationsFields values={values} sources={options.sources} errors={errors} />
          </>
        );
      }}
    </RecordForm>
  );
}
