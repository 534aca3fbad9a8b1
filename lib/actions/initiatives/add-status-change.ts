"use server";
import { getLocale } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { addStatusChange } from "@/lib/records/initiatives";
import { formDataToObject } from "@/lib/validation/fields";
import { refreshPublicPages, refusedFormState } from "@/lib/actions/respond";
import type { FormState } from "@/lib/actions/form-state";

export async function addStatusChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const result = await addStatusChange(prisma, await getCurrentUser(), values);
  if (!result.ok) return refusedFormState(result, values, "initiative");
  refreshPublicPages("initiative");
  redirect({ href: `/manage/initiatives/${result.id}/edit?statusSaved=1`, locale: await getLocale() });
  return { status: "idle" };
}
