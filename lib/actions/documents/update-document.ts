"use server";
import { updateDocument } from "@/lib/records/events";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const updateDocumentAction = workspaceAction({
  permission: "record:update",
  entity: "document",
  save: updateDocument,
  saved: (result, values) => ({ href: `/manage/events/${encodeURIComponent(String(values.eventId))}/edit?documentSaved=${result.id}` }),
});
