"use server";
import { createVenture } from "@/lib/records/ventures";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const createVentureAction = workspaceAction({
  permission: "record:create",
  entity: "venture",
  save: createVenture,
  saved: backToList("/manage/ventures"),
});
