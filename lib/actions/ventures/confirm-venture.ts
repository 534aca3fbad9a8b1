"use server";
import { getTranslations } from "next-intl/server";
import { confirmVenture } from "@/lib/records/venture-confirmations";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const confirmVentureAction = workspaceAction({
  permission: "venture:confirm",
  entity: "venture",
  save: confirmVenture,
  saved: async () => ({ message: (await getTranslations("ventureConfirmation"))("saved") }),
});
