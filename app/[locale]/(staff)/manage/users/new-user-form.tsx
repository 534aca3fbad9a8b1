"use client";

import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/actions/users/create-user";
import { Field, INPUT_CLASS } from "@/components/field";
import { ChoiceOptions } from "@/components/choice-options";
import { RecordForm } from "@/components/record-form";

export function NewUserForm({ roles }: { roles: { value: string; label: string }[] }) {
  const t = useTranslations("users");
  const label = (field: string) => (t.has(`fields.${field}` as "fields.email") ? t(`fields.${field}` as "fields.email") : field);
  return (
    <RecordForm action={createUserAction} initial={{ role: "EDITOR" }} fieldLabel={label} submitLabel={t("create")}>
      {(values, errors) => (
        <div className="grid gap-4 sm:grid-cols-2">
          {(["email", "name", "organisation"] as const).map((name) => (
            <Field key={name} name={name} label={label(name)} error={errors[name]} required={name !== "organisation"}>
              {(control) => <input {...control} type={name === "email" ? "email" : "text"} defaultValue={String(values[name] ?? "")} className={INPUT_CLASS} />}
            </Field>
          ))}
          <Field name="role" label={label("role")} error={errors.role} required>
            {(control) => (
              <select {...control} defaultValue={String(values.role ?? "EDITOR")} className={INPUT_CLASS}>
                <ChoiceOptions choices={roles} />
              </select>
            )}
          </Field>
          <Field name="password" label={label("password")} hint={t("passwordHint")} error={errors.password} required>
            {(control) => <input {...control} type="password" autoComplete="new-password" className={INPUT_CLASS} />}
          </Field>
        </div>
      )}
    </RecordForm>
  );
}
