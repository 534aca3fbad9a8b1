"use server";
import { beginTwoFactor } from "@/lib/records/accounts";
import { workspaceAction } from "@/lib/actions/workspace-action";

/** Makes the secret the account page then shows as a QR code. */
export const beginTwoFactorAction = workspaceAction({
  permission: "account:own",
  entity: "user",
  save: (db, actor) => beginTwoFactor(db, actor),
  saved: () => ({ message: "" }),
});
