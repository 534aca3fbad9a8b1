"use server";
import { createSource } from "@/lib/records/sources";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const createSourceAction = workspaceAction({
  permission: "record:create",
  entity: "source",
  save: createSource,
  saved: backToList("/manage/sources"),
});
