"use client";

import { Field, INPUT_CLASS } from "@/components/field";
import { ChoiceOptions, type Choice } from "@/components/choice-options";
import type { FieldProps, FormValues } from "@/components/record-form";

export type Option = Choice;

type Common = Omit<FieldProps, "required"> & { required?: boolean; hint?: string };

const text = (values: FormValues, name: string) => {
  const value = values[name];
  return value === undefined || value === null ? "" : String(value);
};

/** A text, date or number input refilled from the form's values, with its error. */
export function TextControl({
  type = "text",
  inputMode,
  autoComplete,
  ...field
}: Common & { type?: string; inputMode?: "decimal" | "numeric" | "url"; autoComplete?: string }) {
  return (
    <Field name={field.name} label={field.label} error={field.errors[field.name]} required={field.required} hint={field.hint}>
      {(control) => (
        <input
          {...control}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          defaultValue={text(field.values, field.name)}
          className={INPUT_CLASS}
        />
      )}
    </Field>
  );
}

/** A multi-line text refilled from the form's values, with its error. */
export function TextAreaControl(field: Common) {
  return (
    <Field name={field.name} label={field.label} error={field.errors[field.name]} required={field.required} hint={field.hint}>
      {(control) => <textarea {...control} rows={4} defaultValue={text(field.values, field.name)} className={INPUT_CLASS} />}
    </Field>
  );
}

/** A choice from a list; `empty` adds a first "none" option. */
export function SelectControl({ choices, empty, ...field }: Common & { choices: Option[]; empty?: string }) {
  return (
    <Field name={field.name} label={field.label} error={field.errors[field.name]} required={field.required} hint={field.hint}>
      {(control) => (
        <select {...control} defaultValue={text(field.values, field.name)} className={INPUT_CLASS}>
          <ChoiceOptions choices={choices} empty={empty} />
        </select>
      )}
    </Field>
  );
}

/** A checkbox sent as "on" when ticked. */
export function CheckboxControl({ name, label, values, hint }: { name: string; label: string; values: FormValues; hint?: string }) {
  const checked = values[name] === true || values[name] === "on" || values[name] === "true";
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name={name} defaultChecked={checked} aria-describedby={hint ? `field-${name}-hint` : undefined} className="size-4" />
        {label}
      </label>
      {hint && (
        <p id={`field-${name}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
