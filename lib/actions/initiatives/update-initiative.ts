"use server";
import { updateInitiative } from "@/lib/records/initiatives";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const updateInitiativeAction = workspaceAction({
  permission: "record:update",
  entity: "initiative",
  save: updateInitiative,
  saved: (result) => ({ href: `/manage/initiatives?saved=${result.id}` }),
});
