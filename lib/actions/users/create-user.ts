"use server";
import { getTranslations } from "next-intl/server";
import { createUser } from "@/lib/records/users";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const createUserAction = workspaceAction({
  permission: "user:manage",
  entity: "user",
  save: createUser,
  saved: async (result, values) => {
    const t = await getTranslations("users");
    // A generated password is shown this once; either way the person chooses their own at first sign-in.
    return result.reveal
      ? { message: t("createdWithPassword", { email: String(values.email) }), reveal: result.reveal }
      : { message: t("created", { email: String(values.email) }) };
  },
  secret: ["password"],
});
