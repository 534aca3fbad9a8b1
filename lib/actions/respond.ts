import { getTranslations } from "next-intl/server";
import { updateTag } from "next/cache";
import type { MutationResult } from "@/lib/records/mutation";
import { editPath, type EntityKey } from "@/lib/entities";
import { ENTITIES } from "@/lib/records/entities";
import type { FormState } from "@/lib/actions/form-state";
import { enumNamespace, type SnapshotValue } from "@/lib/audit/diff";

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
    conflict: result.conflict && {
      currentVersion: result.conflict.currentVersion,
      changes: result.conflict.changes.map((c) => ({ field: c.field, before: show(c.field, c.before), after: show(c.field, c.after) })),
      changedBy: result.conflict.changedBy.map((c) => ({ name: c.name ?? notStated, at: c.at.toISOString() })),
    },
    duplicate: result.duplicate && entity !== "user" ? { ...result.duplicate, href: editPath(entity, result.duplicate.id) } : undefined,
  };
}

/** After a write: the public pages showing this kind of record read fresh data next time. */
export function refreshPublicPages(entity: EntityKey): void {
  for (const tag of ENTITIES[entity].tags) updateTag(tag);
}
