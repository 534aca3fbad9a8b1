"use client";

import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { RecordForm } from "@/components/record-form";
import { TextControl } from "@/components/form-controls";

export function PasswordForm() {
  const t = useTranslations("account");
  return (
    <RecordForm action={changePasswordAction} initial={{}} labels="account.fields" submitLabel={t("changePassword")}>
      {(_values, _errors, field) => (
        <div className="grid max-w-xl gap-4">
          <TextControl {...field("currentPassword", true)} type="password" autoComplete="current-password" />
          <TextControl {...field("newPassword", true)} type="password" autoComplete="new-password" />
          <TextControl {...field("repeatPassword", true)} type="password" autoComplete="new-password" />
        </div>
      )}
    </RecordForm>
  );
}
