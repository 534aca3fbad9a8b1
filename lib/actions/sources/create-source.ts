"use server";
import { createSource } from "@/lib/records/sources";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const createSourceAction = workspaceAction({
  permission: "record:create",
  entity: "source",
  save: createSource,
  saved: (result) => ({ href: `/manage/sources?saved=${result.id}` }),
});
