"use server";
import { addStatusChange } from "@/lib/records/initiatives";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const addStatusChangeAction = workspaceAction({
  permission: "record:update",
  entity: "initiative",
  save: addStatusChange,
  saved: (result) => ({ href: `/manage/initiatives/${result.id}/edit?statusSaved=1` }),
});
