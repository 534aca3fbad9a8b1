"use server";
import { createTarget } from "@/lib/records/targets";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const createTargetAction = workspaceAction({
  permission: "record:create",
  entity: "target",
  save: createTarget,
  saved: (result) => ({ href: `/manage/targets?saved=${result.id}` }),
});
