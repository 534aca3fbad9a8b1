"use server";
import { getLocale } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { updateDocument } from "@/lib/records/events";
import { formDataToObject } from "@/lib/validation/fields";
import { refreshPublicPages, refusedFormState } from "@/lib/actions/respond";
import type { FormState } from "@/lib/actions/form-state";

export async function updateDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const result = await updateDocument(prisma, await getCurrentUser(), values);
  if (!result.ok) return refusedFormState(result, values, "document");
  refreshPublicPages("document");
  const document = await prisma.eventDocument.findUnique({ where: { id: result.id }, select: { eventId: true } });
  redirect({ href: document ? `/manage/events/${document.eventId}/edit?documentSaved=${result.id}` : "/manage/events", locale: await getLocale() });
  return { status: "idle" };
}
