"use server";
import { getTranslations } from "next-intl/server";
import { confirmTwoFactor } from "@/lib/records/accounts";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const confirmTwoFactorAction = workspaceAction({
  permission: "account:own",
  entity: "user",
  save: confirmTwoFactor,
  saved: async (result) => ({ message: (await getTranslations("account"))("twoFactorOn"), reveal: result.reveal }),
});
