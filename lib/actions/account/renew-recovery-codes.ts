"use server";
import { getTranslations } from "next-intl/server";
import { renewRecoveryCodes } from "@/lib/records/accounts";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const renewRecoveryCodesAction = workspaceAction({
  permission: "account:own",
  entity: "user",
  save: renewRecoveryCodes,
  saved: async (result) => ({ message: (await getTranslations("account"))("codesRenewed"), reveal: result.reveal }),
});
