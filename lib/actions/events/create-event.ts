"use server";
import { createEvent } from "@/lib/records/events";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const createEventAction = workspaceAction({
  permission: "record:create",
  entity: "event",
  save: createEvent,
  saved: (result) => ({ href: `/manage/events?saved=${result.id}` }),
});
