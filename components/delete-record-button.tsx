"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { IDLE } from "@/lib/actions/form-state";
import { deleteRecordAction } from "@/lib/actions/records/delete-record";

/** Soft delete (ADMIN): asks first, and says the record can be restored from the audit page. */
export function DeleteRecordButton({ entity, id, listPath }: { entity: string; id: string; listPath: string }) {
  const t = useTranslations("workspace");
  const [state, action, pending] = useActionState(deleteRecordAction.bind(null, entity, id, listPath), IDLE);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("confirmDelete"))) event.preventDefault();
      }}
      className="space-y-2 rounded-lg border border-danger/40 p-4"
    >
      <p className="text-sm text-muted">{t("deleteHint")}</p>
      {state.message && (
        <p role="alert" className="text-sm font-medium text-danger">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded-md bg-danger px-3 py-1.5 text-sm text-white disabled:opacity-50">
        {t("delete")}
      </button>
    </form>
  );
}
