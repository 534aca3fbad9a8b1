"use server";
import { getTranslations } from "next-intl/server";
import { changeUserRole, setUserDisabled } from "@/lib/records/users";
import { workspaceAction } from "@/lib/actions/workspace-action";
import type { FormState } from "@/lib/actions/form-state";

const updateUser = workspaceAction({
  permission: "user:manage",
  entity: "user",
  // The submit button says whether to change the role, disable or enable.
  save: (db, actor, { id, intent, role }) =>
    intent === "disable" || intent === "enable" ? setUserDisabled(db, actor, { id, disabled: intent === "disable" }) : changeUserRole(db, actor, { id, role }),
  saved: async () => ({ message: (await getTranslations("users"))("updated") }),
});

/** Bound per row on the users page as updateUserAction.bind(null, id). */
export async function updateUserAction(id: string, previous: FormState, formData: FormData): Promise<FormState> {
  return updateUser(previous, formData, { id });
}
