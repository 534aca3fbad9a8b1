"use server";
import { updateInitiative } from "@/lib/records/initiatives";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const updateInitiativeAction = workspaceAction({
  permission: "record:update",
  entity: "initiative",
  save: updateInitiative,
  saved: backToList("/manage/initiatives"),
});
