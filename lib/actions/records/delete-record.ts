"use server";
import { deleteRecord } from "@/lib/records/lifecycle";
import { boundEntity, workspaceAction } from "@/lib/actions/workspace-action";
import type { FormState } from "@/lib/actions/form-state";

const deleteAction = workspaceAction({
  permission: "record:delete",
  entity: boundEntity,
  save: (db, actor, { entity, id }) => deleteRecord(db, actor, { entity: String(entity), id: String(id) }),
  saved: (result, { listPath }) => ({
    href: `${String(listPath).startsWith("/manage/") ? String(listPath) : "/manage"}?deleted=${encodeURIComponent(result.id)}`,
  }),
});

/** Bound in the form as deleteRecordAction.bind(null, entity, id, listPath). */
export async function deleteRecordAction(entity: string, id: string, listPath: string, previous: FormState, formData: FormData): Promise<FormState> {
  return deleteAction(previous, formData, { entity, id, listPath });
}
