"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { IDLE } from "@/lib/actions/form-state";
import { updateUserAction } from "@/lib/actions/users/update-user";
import { INPUT_CLASS } from "@/components/field";
import { ChoiceOptions } from "@/components/choice-options";

/** Change a person's role, or disable / re-enable their account. */
export function UserRowActions({ id, role, disabled, roles }: { id: string; role: string; disabled: boolean; roles: { value: string; label: string }[] }) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState(updateUserAction.bind(null, id), IDLE);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium">{t("role")}</span>
        <select name="role" defaultValue={role} className={INPUT_CLASS}>
          <ChoiceOptions choices={roles} />
        </select>
      </label>
      <button type="submit" name="intent" value="role" disabled={pending} className="rounded-md border border-line px-3 py-2 text-sm">
        {t("changeRole")}
      </button>
      <button
        type="submit"
        name="intent"
        value={disabled ? "enable" : "disable"}
        disabled={pending}
        className="rounded-md border border-line px-3 py-2 text-sm"
      >
        {disabled ? t("enable") : t("disable")}
      </button>
      {state.message && (
        <span role={state.status === "error" ? "alert" : "status"} className="w-full text-sm">
          {state.message}
        </span>
      )}
    </form>
  );
}
