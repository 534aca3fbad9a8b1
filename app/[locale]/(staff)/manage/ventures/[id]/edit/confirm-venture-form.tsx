"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { IDLE } from "@/lib/actions/form-state";
import { confirmVentureAction } from "@/lib/actions/ventures/confirm-venture";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/form-alert";

/** Confirms, for the person's ministry, the venture's facts at the version this page shows. */
export function ConfirmVentureForm({ id, version, country }: { id: string; version: number; country: string }) {
  const t = useTranslations("ventureConfirmation");
  const [state, action, pending] = useActionState(confirmVentureAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {state.status === "error" && state.message && <FormAlert title={state.message} />}
      {state.status === "idle" && state.message && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm">
          {state.message}
        </p>
      )}
      <p className="text-sm">{t("confirmExplain", { country, version })}</p>
      <Button type="submit" disabled={pending}>
        {t("confirm", { country })}
      </Button>
    </form>
  );
}
