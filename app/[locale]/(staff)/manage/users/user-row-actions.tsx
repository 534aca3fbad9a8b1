"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { IDLE } from "@/lib/actions/form-state";
import { updateUserAction } from "@/lib/actions/users/update-user";
import { INPUT_CLASS } from "@/components/field";
import { ChoiceOptions } from "@/components/choice-options";
import { RevealedSecrets } from "@/components/revealed-secrets";

type Choice = { value: string; label: string };
type Row = { id: string; role: string; organisation: string; countryCode: string; disabled: boolean; twoFactor: boolean };

/**
 * One account's controls: its role, organisation and country; disable or re-enable; a
 * one-time password reset link; the second factor turned off (a lost phone).
 */
export function UserRowActions({ user, roles, countries }: { user: Row; roles: Choice[]; countries: Choice[] }) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState(updateUserAction.bind(null, user.id), IDLE);
  const id = (name: string) => `user-${user.id}-${name}`;
  const button = "rounded-md border border-line px-3 py-2 text-sm";
  return (
    <form action={action} className="grid gap-2">
      <div className="grid gap-2 sm:grid-cols-3">
        <label className="flex flex-col gap-1" htmlFor={id("role")}>
          <span className="text-xs font-medium">{t("role")}</span>
          <select id={id("role")} name="role" defaultValue={user.role} className={INPUT_CLASS}>
            <ChoiceOptions choices={roles} />
          </select>
        </label>
        <label className="flex flex-col gap-1" htmlFor={id("organisation")}>
          <span className="text-xs font-medium">{t("fields.organisation")}</span>
          <input id={id("organisation")} name="organisation" defaultValue={user.organisation} className={INPUT_CLASS} />
        </label>
        <label className="flex flex-col gap-1" htmlFor={id("country")}>
          <span className="text-xs font-medium">{t("fields.countryCode")}</span>
          <select id={id("country")} name="countryCode" defaultValue={user.countryCode} className={INPUT_CLASS}>
            <ChoiceOptions choices={countries} empty={t("noCountry")} />
          </select>
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" disabled={pending} className={button}>
          {t("save")}
        </button>
        <button type="submit" name="intent" value={user.disabled ? "enable" : "disable"} disabled={pending} className={button}>
          {user.disabled ? t("enable") : t("disable")}
        </button>
        <button type="submit" name="intent" value="resetLink" disabled={pending || user.disabled} className={button}>
          {t("issueResetLink")}
        </button>
        {user.twoFactor && (
          <button
            type="submit"
            name="intent"
            value="resetTwoFactor"
            disabled={pending}
            className={button}
            onClick={(event) => {
              if (!window.confirm(t("resetTwoFactorConfirm"))) event.preventDefault();
            }}
          >
            {t("resetTwoFactor")}
          </button>
        )}
      </div>
      {state.message && (
        <div role={state.status === "error" ? "alert" : "status"} className="space-y-2 text-sm">
          <p>{state.message}</p>
          {state.status === "error" &&
            Object.entries(state.fieldErrors ?? {}).map(([field, error]) => (
              <p key={field} className="text-danger">
                {error}
              </p>
            ))}
          {state.reveal && <RevealedSecrets secrets={state.reveal} note={t("resetLinkNote")} />}
        </div>
      )}
    </form>
  );
}
