"use server";
import { getTranslations } from "next-intl/server";
import { restoreRecord } from "@/lib/records/lifecycle";
import { boundEntity, workspaceAction } from "@/lib/actions/workspace-action";
import type { FormState } from "@/lib/actions/form-state";

const restoreAction = workspaceAction({
  permission: "record:restore",
  entity: boundEntity,
  save: (db, actor, { entity, id }) => restoreRecord(db, actor, { entity: String(entity), id: String(id) }),
  saved: async () => ({ message: (await getTranslations("workspace"))("restored") }),
});

/** Bound on the audit page as restoreRecordAction.bind(null, entity, id). */
export async function restoreRecordAction(entity: string, id: string, previous: FormState, formData: FormData): Promise<FormState> {
  return restoreAction(previous, formData, { entity, id });
}
