"use server";
import { createVenture } from "@/lib/records/ventures";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const createVentureAction = workspaceAction({
  permission: "record:create",
  entity: "venture",
  save: createVenture,
  saved: (result) => ({ href: `/manage/ventures?saved=${result.id}` }),
});
