"use server";
import { updateTarget } from "@/lib/records/targets";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const updateTargetAction = workspaceAction({
  permission: "record:update",
  entity: "target",
  save: updateTarget,
  saved: (result) => ({ href: `/manage/targets?saved=${result.id}` }),
});
