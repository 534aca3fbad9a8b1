"use client";

import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/actions/users/create-user";
import { RecordForm } from "@/components/record-form";
import { SelectControl, TextControl } from "@/components/form-controls";

export function NewUserForm({ roles }: { roles: { value: string; label: string }[] }) {
  const t = useTranslations("users");
  return (
    <RecordForm action={createUserAction} initial={{ role: "EDITOR" }} labels="users.fields" submitLabel={t("create")}>
      {(_values, _errors, field) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextControl {...field("email", true)} type="email" />
          <TextControl {...field("name", true)} />
          <TextControl {...field("organisation")} />
          <SelectControl {...field("role", true)} choices={roles} />
          <TextControl {...field("password", true)} type="password" hint={t("passwordHint")} />
        </div>
      )}
    </RecordForm>
  );
}
