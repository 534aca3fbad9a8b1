"use client";

import { useTranslations } from "next-intl";
import { Field, INPUT_CLASS } from "@/components/field";
import { RecordForm, type RecordFormProps } from "@/components/record-form";
import { CitationsFields } from "@/components/citations-fields";
import { SelectControl, TextControl } from "@/components/form-controls";
import { DateWithPrecisionControl } from "@/components/date-with-precision-control";
import { ChoiceOptions, type Choice } from "@/components/choice-options";
import { useRows } from "@/components/use-rows";

export type VentureFormOptions = {
  maxPartners: number;
  countries: Choice[];
  sectors: Choice[];
  statuses: Choice[];
  initiatives: Choice[];
  documents: Choice[];
  sources: Choice[];
};
type Partner = { companyName?: string; countryCode?: string; secondCountryCode?: string; countryInferred?: string };

export function VentureForm({ action, initial, options, submitLabel }: RecordFormProps<VentureFormOptions>) {
  const t = useTranslations("ventureForm");
  // "partners.1.countryCode" → "Partner 2 — Country"
  const partnerLabel = (path: string) => {
    const [head, index, leaf] = path.split(".");
    return head === "partners" && leaf ? `${t("partner", { n: Number(index) + 1 })} — ${t(leaf as "companyName")}` : undefined;
  };

  return (
    <RecordForm action={action} initial={initial} labels="ventureForm" fieldLabel={partnerLabel} submitLabel={submitLabel}>
      {(values, errors, field) => {
        return (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextControl {...field("nameRu", true)} />
              <TextControl {...field("nameEn", true)} />
            </div>
            <PartnerRows partners={(values.partners as Partner[] | undefined) ?? []} countries={options.countries} max={options.maxPartners} errors={errors} />
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectControl {...field("sector", true)} choices={options.sectors} empty={t("choose")} />
              <SelectControl {...field("status", true)} choices={options.statuses} empty={t("choose")} />
              <TextControl {...field("productsRu")} />
              <TextControl {...field("productsEn")} />
              <TextControl {...field("cityRu")} />
              <TextControl {...field("cityEn")} />
              <SelectControl {...field("countryCode")} choices={options.countries} empty={t("notStated")} />
              <TextControl {...field("investmentUsd")} inputMode="decimal" hint={t("investmentHint")} />
              <DateWithPrecisionControl precision={field("establishedPrecision")} dates={[{ ...field("establishedOn"), hint: t("establishedOnHint") }]} />
              <SelectControl {...field("initiativeId")} choices={options.initiatives} empty={t("none")} />
              <SelectControl {...field("agreementDocumentId")} choices={options.documents} empty={t("none")} />
            </div>
            <CitationsFields values={values} sources={options.sources} errors={errors} />
          </>
        );
      }}
    </RecordForm>
  );
}

/** One row per partner company, each with its country; rows added and removed in place. */
function PartnerRows({ partners, countries, max, errors }: { partners: Partner[]; countries: Choice[]; max: number; errors: Record<string, string> }) {
  const t = useTranslations("ventureForm");
  const { rows, add, remove } = useRows<Partner>(partners, [{}, {}]);
  return (
    <fieldset id="field-partners" className="space-y-3 rounded-lg border border-line p-4">
      <legend className="px-1 font-semibold">{t("partners")}</legend>
      <p className="text-sm text-muted">{t("partnersHint")}</p>
      {errors.partners && (
        <p className="text-sm font-medium text-danger" data-testid="error-partners">
          {errors.partners}
        </p>
      )}
      {rows.map((row, index) => (
        <div key={row.key} className="grid gap-3 rounded-md bg-canvas p-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
          <Field
            name={`partners.${index}.companyName`}
            label={`${t("partner", { n: index + 1 })}: ${t("companyName")}`}
            hint={t("companyNameHint")}
            error={errors[`partners.${index}.companyName`]}
          >
            {(control) => <input {...control} defaultValue={row.companyName ?? ""} className={INPUT_CLASS} />}
          </Field>
          <Field name={`partners.${index}.countryCode`} label={t("countryCode")} error={errors[`partners.${index}.countryCode`]} required>
            {(control) => (
              <select {...control} defaultValue={row.countryCode ?? ""} className={INPUT_CLASS}>
                <ChoiceOptions choices={countries} empty={t("choose")} />
              </select>
            )}
          </Field>
          <Field name={`partners.${index}.secondCountryCode`} label={t("secondCountryCode")} error={errors[`partners.${index}.secondCountryCode`]}>
            {(control) => (
              <select {...control} defaultValue={row.secondCountryCode ?? ""} className={INPUT_CLASS}>
                <ChoiceOptions choices={countries} empty={t("none")} />
              </select>
            )}
          </Field>
          <label className="flex items-center gap-2 text-sm sm:col-span-3">
            <input type="checkbox" name={`partners.${index}.countryInferred`} defaultChecked={row.countryInferred === "on"} />
            {t("countryInferred")}
          </label>
          <button
            type="button"
            disabled={rows.length === 1}
            onClick={() => remove(row.key)}
            className="rounded-md border border-line px-3 py-2 text-sm disabled:opacity-50"
          >
            {t("removePartner")}
          </button>
        </div>
      ))}
      {rows.length < max && (
        <button type="button" onClick={() => add({})} className="rounded-md border border-line px-3 py-1.5 text-sm">
          {t("addPartner")}
        </button>
      )}
    </fieldset>
  );
}
