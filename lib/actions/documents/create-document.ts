"use server";
import { createDocument } from "@/lib/records/events";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const createDocumentAction = workspaceAction({
  permission: "record:create",
  entity: "document",
  save: createDocument,
  saved: (result, values) => ({ href: `/manage/events/${encodeURIComponent(String(values.eventId))}/edit?documentSaved=${result.id}` }),
});
