"use server";
import { updateEvent } from "@/lib/records/events";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const updateEventAction = workspaceAction({
  permission: "record:update",
  entity: "event",
  save: updateEvent,
  saved: (result) => ({ href: `/manage/events?saved=${result.id}` }),
});
