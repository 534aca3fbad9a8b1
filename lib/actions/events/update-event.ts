"use server";
import { updateEvent } from "@/lib/records/events";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const updateEventAction = workspaceAction({
  permission: "record:update",
  entity: "event",
  save: updateEvent,
  saved: backToList("/manage/events"),
});
