"use server";
import { createTarget } from "@/lib/records/targets";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const createTargetAction = workspaceAction({
  permission: "record:create",
  entity: "target",
  save: createTarget,
  saved: backToList("/manage/targets"),
});
