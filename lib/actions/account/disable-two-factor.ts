"use server";
import { getTranslations } from "next-intl/server";
import { disableOwnTwoFactor } from "@/lib/records/accounts";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const disableTwoFactorAction = workspaceAction({
  permission: "account:own",
  entity: "user",
  save: disableOwnTwoFactor,
  saved: async () => ({ message: (await getTranslations("account"))("twoFactorOff") }),
});
