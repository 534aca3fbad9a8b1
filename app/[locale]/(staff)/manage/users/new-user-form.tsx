"use client";

import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/actions/users/create-user";
import { RecordForm } from "@/components/record-form";
import { SelectControl, TextControl } from "@/components/form-controls";

type Choice = { value: string; label: string };

export function NewUserForm({ roles, countries }: { roles: Choice[]; countries: Choice[] }) {
  const t = useTranslations("users");
  return (
    <RecordForm action={createUserAction} initial={{ role: "EDITOR" }} labels="users.fields" submitLabel={t("create")}>
      {(_values, _errors, field) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextControl {...field("email", true)} type="email" autoComplete="off" />
          <TextControl {...field("name", true)} />
          <TextControl {...field("organisation", true)} />
          <SelectControl {...field("countryCode")} choices={countries} empty={t("noCountry")} hint={t("countryHint")} />
          <SelectControl {...field("role", true)} choices={roles} />
          <TextControl {...field("password")} type="password" autoComplete="new-password" hint={t("passwordHint")} />
        </div>
      )}
    </RecordForm>
  );
}
