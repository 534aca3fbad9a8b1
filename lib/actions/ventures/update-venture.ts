"use server";
import { updateVenture } from "@/lib/records/ventures";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const updateVentureAction = workspaceAction({
  permission: "record:update",
  entity: "venture",
  save: updateVenture,
  saved: (result) => ({ href: `/manage/ventures?saved=${result.id}` }),
});
