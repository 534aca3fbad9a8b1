"use server";
import { updateVenture } from "@/lib/records/ventures";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const updateVentureAction = workspaceAction({
  permission: "record:update",
  entity: "venture",
  save: updateVenture,
  saved: backToList("/manage/ventures"),
});
