"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { IDLE } from "@/lib/actions/form-state";
import { restoreRecordAction } from "@/lib/actions/records/restore-record";

/** Undoes a soft delete from the audit page (ADMIN). */
export function RestoreRecordButton({ entity, id }: { entity: string; id: string }) {
  const t = useTranslations("workspace");
  const [state, action, pending] = useActionState(restoreRecordAction.bind(null, entity, id), IDLE);
  return (
    <form action={action} className="mt-3 flex flex-wrap items-center gap-3">
      <button type="submit" disabled={pending} className="rounded-md border border-line px-3 py-1.5 text-sm disabled:opacity-50">
        {t("restore")}
      </button>
      {state.message && (
        <span role={state.status === "error" ? "alert" : "status"} className="text-sm">
          {state.message}
        </span>
      )}
    </form>
  );
}
