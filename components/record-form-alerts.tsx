"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { formatShortTimestamp } from "@/lib/format";
import { Link } from "@/components/link";
import { FormAlert } from "@/components/form-alert";

/**
 * Why a save was refused: invalid fields (listed, each linking to its field), a newer
 * version saved by someone else (what they changed, with the choice to reload or to save
 * over it knowingly), or a likely duplicate (a link to it, and "save anyway").
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

  if (state.conflict?.fields) {
    // A merged save: the other person's changes to other fields are kept; these were changed by both.
    const conflict = state.conflict;
    return (
      <FormAlert title={state.message}>
        <p className="text-sm">
          {conflict.changedBy.map((c) => t("changedBy", { name: c.name, at: formatShortTimestamp(new Date(c.at), locale) })).join("; ")}
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="conflict-fields">
            <thead>
              <tr>
                <th className="py-1 pr-3">{t("field")}</th>
                <th className="py-1 pr-3">{t("savedSince")}</th>
                <th className="py-1">{t("yours")}</th>
              </tr>
            </thead>
            <tbody>
              {conflict.fields!.map((change) => (
                <tr key={change.field} className="border-t border-line align-top">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {fieldLabel(change.field)}
                  </th>
                  <td className="py-1 pr-3 break-words">
                    <label className="flex items-start gap-2">
                      <input type="radio" name={`resolve.${change.field}`} value="theirs" required className="mt-1" />
                      <span>
                        <span className="sr-only">{t("keepTheirs")}: </span>
                        {change.theirs}
                      </span>
                    </label>
                  </td>
                  <td className="py-1 break-words">
                    <label className="flex items-start gap-2">
                      <input type="radio" name={`resolve.${change.field}`} value="mine" required className="mt-1" />
                      <span>
                        <span className="sr-only">{t("keepYours")}: </span>
                        {change.mine}
                      </span>
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-sm">{t("chooseEach")}</p>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm text-white">
            {t("saveChoices")}
          </button>
          <button type="button" onClick={() => window.location.reload()} className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm">
            {t("loadLatest")}
          </button>
        </div>
      </FormAlert>
    );
  }

  if (state.conflict) {
    const conflict = state.conflict;
    return (
      <FormAlert title={state.message}>
        <p className="text-sm">
          {conflict.changedBy.map((c) => t("changedBy", { name: c.name, at: formatShortTimestamp(new Date(c.at), locale) })).join("; ")}
        </p>
        <table className="w-full text-left text-sm" data-testid="conflict-changes">
          <thead>
            <tr>
              <th className="py-1 pr-3">{t("field")}</th>
              <th className="py-1 pr-3">{t("whenYouOpened")}</th>
              <th className="py-1">{t("savedSince")}</th>
            </tr>
          </thead>
          <tbody>
            {conflict.changes.map((change) => (
              <tr key={change.field} className="border-t border-line align-top">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {fieldLabel(change.field)}
                </th>
                <td className="py-1 pr-3 break-words">{change.before}</td>
                <td className="py-1 break-words">{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm">{t("conflictChoice")}</p>
        <div className="flex flex-wrap gap-3">
          <button type="button" onClick={() => window.location.reload()} className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm">
            {t("loadLatest")}
          </button>
          <button type="button" onClick={() => onSaveOver(conflict.currentVersion)} className="rounded-md bg-danger px-3 py-1.5 text-sm text-white">
            {t("saveOver")}
          </button>
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
