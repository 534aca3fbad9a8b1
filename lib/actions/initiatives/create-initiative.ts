"use server";
import { createInitiative } from "@/lib/records/initiatives";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const createInitiativeAction = workspaceAction({
  permission: "record:create",
  entity: "initiative",
  save: createInitiative,
  saved: (result) => ({ href: `/manage/initiatives?saved=${result.id}` }),
});
