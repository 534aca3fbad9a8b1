"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { IDLE } from "@/lib/actions/form-state";
import { undoStatisticsImportAction } from "@/lib/actions/import/undo-statistics-import";

/** Undoes one import of statistics as a whole, after asking. */
export function UndoImportButton({ importId, label }: { importId: string; label: string }) {
  const t = useTranslations("statsImport.ui");
  const [state, action, pending] = useActionState(undoStatisticsImportAction.bind(null, importId), IDLE);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`${t("undo")}: ${label}?`)) event.preventDefault();
      }}
    >
      <button type="submit" disabled={pending} className="rounded-md border border-danger px-2 py-1 text-sm text-danger hover:bg-red-50 disabled:opacity-50">
        {t("undo")}
      </button>
      {state.message && (
        <p role="alert" className="mt-1 text-sm font-medium text-danger">
          {state.message}
        </p>
      )}
    </form>
  );
}
