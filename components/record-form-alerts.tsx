"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { formatShortTimestamp } from "@/lib/format";
import { Link } from "@/components/link";
import { FormAlert } from "@/components/form-alert";

/**
 * Why a save was refused: invalid fields (listed, each linking to its field), a newer
 * version saved by someone else (the fields both changed, to choose between; or, when the
 * save could not be merged, what they changed, to reload or to save over knowingly), or a
 * likely duplicate (a link to it, and "save anyway").
 */
export function RecordFormAlerts({
  state,
  fieldLabel,
  onSaveOver,
}: {
  state: FormState;
  fieldLabel: (field: string) => string;
  onSaveOver: (version: number) => void;
}) {
  const t = useTranslations("workspace");
  const locale = useLocale();
  if (state.status !== "error" || !state.message) return null;

  if (state.conflict) {
    const conflict = state.conflict;
    // A merged save asks about the fields both changed (the other person's other changes are
    // kept); a save that could not be merged shows what changed, to reload or save over.
    const choosing = conflict.fields !== undefined;
    const choice = (field: string, value: "theirs" | "mine", text: string) => (
      <label className="flex items-start gap-2">
        <input type="radio" name={`resolve.${field}`} value={value} required className="mt-1" />
        <span>
          <span className="sr-only">{t(value === "theirs" ? "keepTheirs" : "keepYours")}: </span>
          {text}
        </span>
      </label>
    );
    const rows = choosing
      ? conflict.fields!.map((f) => ({ field: f.field, cells: [choice(f.field, "theirs", f.theirs), choice(f.field, "mine", f.mine)] as const }))
      : conflict.changes.map((c) => ({ field: c.field, cells: [c.before, c.after] as const }));
    return (
      <FormAlert title={state.message}>
        <p className="text-sm">
          {conflict.changedBy.map((c) => t("changedBy", { name: c.name, at: formatShortTimestamp(new Date(c.at), locale) })).join("; ")}
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid={choosing ? "conflict-fields" : "conflict-changes"}>
            <thead>
              <tr>
                <th className="py-1 pr-3">{t("field")}</th>
                <th className="py-1 pr-3">{t(choosing ? "savedSince" : "whenYouOpened")}</th>
                <th className="py-1">{t(choosing ? "yours" : "savedSince")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.field} className="border-t border-line align-top">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {fieldLabel(row.field)}
                  </th>
                  <td className="py-1 pr-3 break-words">{row.cells[0]}</td>
                  <td className="py-1 break-words">{row.cells[1]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-sm">{t(choosing ? "chooseEach" : "conflictChoice")}</p>
        <div className="flex flex-wrap gap-3">
          {choosing && (
            <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm text-white">
              {t("saveChoices")}
            </button>
          )}
          <button type="button" onClick={() => window.location.reload()} className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm">
            {t("loadLatest")}
          </button>
          {!choosing && (
            <button type="button" onClick={() => onSaveOver(conflict.currentVersion)} className="rounded-md bg-danger px-3 py-1.5 text-sm text-white">
              {t("saveOver")}
            </button>
          )}
        </div>
      </FormAlert>
    );
  }

  if (state.duplicate) {
    return (
      <FormAlert title={state.message} tone="warning">
        <p className="text-sm">
          {t("duplicateOf")} <Link href={state.duplicate.href}>{state.duplicate.name}</Link>
        </p>
        <button type="submit" name="confirmDuplicate" value="on" className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm">
          {t("saveAnyway")}
        </button>
      </FormAlert>
    );
  }

  const errors = Object.entries(state.fieldErrors ?? {});
  return (
    <FormAlert title={state.message}>
      {state.signedOut && (
        // A new tab keeps this form as it is; the form hears when the sign-in succeeds (components/record-form.tsx).
        <p className="text-sm">
          <a href={`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/manage/signed-in`)}`} target="_blank" rel="noopener" data-testid="sign-in-again">
            {t("signInAgain")}
          </a>
        </p>
      )}
      {errors.length > 0 && (
        <ul className="list-disc pl-5 text-sm">
          {errors.map(([field, message]) => (
            <li key={field}>
              <a href={`#field-${field.replaceAll(".", "-")}`}>
                {fieldLabel(field)}: {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </FormAlert>
  );
}
