"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { changeUserRole, setUserDisabled } from "@/lib/records/users";
import type { FormState } from "@/lib/actions/form-state";

/** Bound per row on the users page: the submit button says whether to change the role, disable or enable. */
export async function updateUserAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const intent = formData.get("intent");
  const result =
    intent === "disable" || intent === "enable"
      ? await setUserDisabled(prisma, actor, { id, disabled: intent === "disable" })
      : await changeUserRole(prisma, actor, { id, role: formData.get("role") });
  const t = await getTranslations();
  if (!result.ok) return { status: "error", message: t(`workspace.refused.${result.error}`) };
  revalidatePath("/[locale]/manage/users", "page");
  return { status: "idle", message: t("users.updated") };
}
