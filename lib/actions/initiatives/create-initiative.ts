"use server";
import { createInitiative } from "@/lib/records/initiatives";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const createInitiativeAction = workspaceAction({
  permission: "record:create",
  entity: "initiative",
  save: createInitiative,
  saved: backToList("/manage/initiatives"),
});
