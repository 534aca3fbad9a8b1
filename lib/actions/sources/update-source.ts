"use server";
import { updateSource } from "@/lib/records/sources";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const updateSourceAction = workspaceAction({
  permission: "record:update",
  entity: "source",
  save: updateSource,
  saved: (result) => ({ href: `/manage/sources?saved=${result.id}` }),
});
