"use server";
import { createEvent } from "@/lib/records/events";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const createEventAction = workspaceAction({
  permission: "record:create",
  entity: "event",
  save: createEvent,
  saved: backToList("/manage/events"),
});
