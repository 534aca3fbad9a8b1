"use server";
import { getLocale } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { createDocument } from "@/lib/records/events";
import { formDataToObject } from "@/lib/validation/fields";
import { refreshPublicPages, refusedFormState } from "@/lib/actions/respond";
import type { FormState } from "@/lib/actions/form-state";

export async function createDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const result = await createDocument(prisma, await getCurrentUser(), values);
  if (!result.ok) return refusedFormState(result, values, "document");
  refreshPublicPages("document");
  redirect({ href: `/manage/events/${encodeURIComponent(String(values.eventId))}/edit?documentSaved=${result.id}`, locale: await getLocale() });
  return { status: "idle" };
}
