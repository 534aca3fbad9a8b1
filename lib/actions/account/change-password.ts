"use server";
import { getTranslations } from "next-intl/server";
import { changeOwnPassword } from "@/lib/records/accounts";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const changePasswordAction = workspaceAction({
  permission: "account:own",
  entity: "user",
  save: changeOwnPassword,
  saved: async () => ({ message: (await getTranslations("account"))("passwordChanged") }),
  secret: ["currentPassword", "newPassword", "repeatPassword"],
});
