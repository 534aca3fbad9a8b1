"use server";
import { updateSource } from "@/lib/records/sources";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const updateSourceAction = workspaceAction({
  permission: "record:update",
  entity: "source",
  save: updateSource,
  saved: backToList("/manage/sources"),
});
