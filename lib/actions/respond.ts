import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { countryNames } from "@/lib/queries/countries";
import { figureLine } from "@/lib/charts/figure-text";
import { updateTag } from "next/cache";
import type { MutationResult } from "@/lib/records/mutation";
import { editPath, type EntityKey } from "@/lib/entities";
import { ENTITIES } from "@/lib/records/entities";
import type { FormState } from "@/lib/actions/form-state";
import { enumNamespace, type SnapshotValue } from "@/lib/audit/diff";
import type { MergedSave } from "@/lib/actions/merge-save";
import { prisma } from "@/lib/db";
import { savesSince } from "@/lib/records/mutation";

// Server-side halves of the workspace forms; lib/actions/form-state.ts is the part the browser shares.

/** A refused mutation in the person's language: a summary, each field's error, and the input. */
export async function refusedFormState(
  result: Extract<MutationResult, { ok: false }>,
  values: Record<string, unknown>,
  entity: EntityKey | "user",
): Promise<FormState> {
  const t = await getTranslations();
  const fieldErrors = Object.fromEntries(
    Object.entries(result.fieldErrors ?? {}).map(([field, error]) => [field, t(error.key as never, error.values as never)]),
  );
  const notStated = t("workspace.notStated");
  const show = (field: string, value: SnapshotValue) => {
    if (value === null) return notStated;
    const namespace = enumNamespace(entity, field);
    const key = `${namespace}.${value}`;
    return namespace && t.has(key as never) ? t(key as never) : String(value);
  };
  return {
    status: "error",
    message: t(result.error === "duplicate" && entity === "tradeFigure" ? "workspace.refused.duplicateFigure" : `workspace.refused.${result.error}`),
    fieldErrors,
    values,
    signedOut: result.error === "unauthenticated" || undefined,
    conflict: result.conflict && {
      currentVersion: result.conflict.currentVersion,
      changes: result.conflict.changes.map((c) => ({ field: c.field, before: show(c.field, c.before), after: show(c.field, c.after) })),
      changedBy: result.conflict.changedBy.map((c) => ({ name: c.name ?? notStated, at: c.at.toISOString() })),
    },
    duplicate:
      result.duplicate && entity !== "user"
        ? { id: result.duplicate.id, name: await duplicateName(result.duplicate), href: editPath(entity, result.duplicate.id) }
        : undefined,
  };
}

/** A likely duplicate as the public pages name it, in the person's language. */
async function duplicateName(duplicate: NonNullable<Extract<MutationResult, { ok: false }>["duplicate"]>): Promise<string> {
  if ("name" in duplicate) return duplicate.name;
  const locale = (await getLocale()) as Locale;
  const [names, t] = await Promise.all([countryNames(locale), getTranslations("tradeFigure")]);
  return figureLine(duplicate.figure, names, locale, t);
}

/**
 * A merged save that met fields both people changed (lib/actions/merge-save.ts): each with
 * the value saved since and the person's own, to choose between, and who saved since.
 */
export async function mergeConflictState(
  conflict: Extract<MergedSave, { outcome: "conflict" }>,
  values: Record<string, unknown>,
  entity: EntityKey,
): Promise<FormState> {
  const t = await getTranslations();
  const notStated = t("workspace.notStated");
  const show = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === "") return notStated;
    if (Array.isArray(value)) return value.map((item) => show(field, typeof item === "object" && item ? rowText(item) : item)).join("; ");
    const namespace = enumNamespace(entity, field);
    const key = `${namespace}.${String(value)}`;
    return namespace && t.has(key as never) ? t(key as never) : String(value);
  };
  const since = await savesSince(prisma, entity, String(values.id), Number(values.version));
  return {
    status: "error",
    message: t("workspace.refused.bothChanged"),
    values,
    conflict: {
      currentVersion: conflict.currentVersion,
      changes: [],
      changedBy: since.map((c) => ({ name: c.user?.name ?? notStated, at: c.at.toISOString() })),
      fields: conflict.fields.map((f) => ({ field: f.field, theirs: show(f.field, f.theirs), mine: show(f.field, f.mine) })),
    },
  };
}

/** A row of a list field (a partner, a citation) in a line: its filled values. */
function rowText(row: object): string {
  return Object.entries(row)
    .filter(([key, value]) => key !== "id" && typeof value === "string" && value !== "" && value !== "on")
    .map(([, value]) => value as string)
    .join(" · ");
}

/** After a write: the public pages showing this kind of record read fresh data next time. */
export function refreshPublicPages(entity: EntityKey): void {
  for (const tag of ENTITIES[entity].tags) updateTag(tag);
}
