"use server";
import { getTranslations } from "next-intl/server";
import { createUser } from "@/lib/records/users";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const createUserAction = workspaceAction({
  permission: "user:manage",
  entity: "user",
  save: createUser,
  saved: async (_result, values) => ({ message: (await getTranslations("users"))("created", { email: String(values.email) }) }),
  secret: ["password"],
});
