"use server";
import { updateTarget } from "@/lib/records/targets";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const updateTargetAction = workspaceAction({
  permission: "record:update",
  entity: "target",
  save: updateTarget,
  saved: backToList("/manage/targets"),
});
