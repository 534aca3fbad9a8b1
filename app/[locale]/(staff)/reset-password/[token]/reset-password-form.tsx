"use client";

import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/actions/account/reset-password";
import { RecordForm } from "@/components/record-form";
import { TextControl } from "@/components/form-controls";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("resetPassword");
  return (
    <RecordForm action={resetPasswordAction.bind(null, token)} initial={{}} labels="account.fields" submitLabel={t("submit")}>
      {(_values, _errors, field) => (
        <div className="grid gap-4 rounded-lg border border-line bg-surface p-4">
          <TextControl {...field("newPassword", true)} type="password" autoComplete="new-password" />
          <TextControl {...field("repeatPassword", true)} type="password" autoComplete="new-password" />
        </div>
      )}
    </RecordForm>
  );
}
