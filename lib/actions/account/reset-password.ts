"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import { redirect } from "@/lib/i18n/navigation";
import { redeemPasswordReset } from "@/lib/records/accounts";
import { formDataToObject, UnreadableFormError } from "@/lib/validation/fields";
import type { FormState } from "@/lib/actions/form-state";

/**
 * A new password through a reset link (bound to its token by the page). Nobody is signed
 * in, so this is not a workspace action; the link itself is the permission, once.
 */
export async function resetPasswordAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations();
  let values: Record<string, unknown>;
  try {
    if (typeof token !== "string" || !(formData instanceof FormData)) throw new UnreadableFormError("not a form");
    values = formDataToObject(formData);
  } catch (error) {
    if (!(error instanceof UnreadableFormError)) throw error;
    return { status: "error", message: t("workspace.refused.unreadable") };
  }
  const result = await redeemPasswordReset(prisma, token, values);
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, e]) => [field, t(e.key as never, e.values as never)]));
    const tReset = await getTranslations("resetPassword.refused");
    return { status: "error", message: tReset(result.error), fieldErrors };
  }
  redirect({ href: "/sign-in?passwordReset=1", locale: await getLocale() });
  return { status: "idle" };
}
