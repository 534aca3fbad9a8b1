"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { issuePasswordReset, resetSecondFactor, setUserDisabled, updateUserProfile } from "@/lib/records/users";
import { workspaceAction } from "@/lib/actions/workspace-action";
import type { FormState } from "@/lib/actions/form-state";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site-url";

const updateUser = workspaceAction({
  permission: "user:manage",
  entity: "user",
  // The submit button says what to do with the account.
  save: async (db, actor, { intent, ...values }) => {
    if (intent === "disable" || intent === "enable") return setUserDisabled(db, actor, { id: values.id, disabled: intent === "disable" });
    if (intent === "resetLink")
      return issuePasswordReset(db, actor, { id: values.id }, { locale: (await getLocale()) as Locale, siteUrl: siteUrl().toString() });
    if (intent === "resetTwoFactor") return resetSecondFactor(db, actor, { id: values.id });
    return updateUserProfile(db, actor, values);
  },
  saved: async (result, { intent }) => {
    const t = await getTranslations("users");
    if (intent === "resetLink") return { message: t(`resetLinkIssued.${result.mailed ?? "notConfigured"}`), reveal: result.reveal };
    return { message: t(intent === "resetTwoFactor" ? "twoFactorWasReset" : "updated") };
  },
});

/** Bound per row on the users page as updateUserAction.bind(null, id). */
export async function updateUserAction(id: string, previous: FormState, formData: FormData): Promise<FormState> {
  return updateUser(previous, formData, { id });
}
