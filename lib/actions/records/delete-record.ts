"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { deleteRecord } from "@/lib/records/lifecycle";
import { isEntityKey } from "@/lib/records/entities";
import { refreshPublicPages } from "@/lib/actions/respond";
import type { FormState } from "@/lib/actions/form-state";

/** Bound in the form as deleteRecordAction.bind(null, entity, id, listPath). */
export async function deleteRecordAction(entity: string, id: string, listPath: string, _previous: FormState): Promise<FormState> {
  const result = await deleteRecord(prisma, await getCurrentUser(), { entity, id });
  if (!result.ok) return { status: "error", message: (await getTranslations("workspace.refused"))(result.error) };
  if (isEntityKey(entity)) refreshPublicPages(entity);
  redirect({ href: `${listPath.startsWith("/manage/") ? listPath : "/manage"}?deleted=${encodeURIComponent(id)}`, locale: await getLocale() });
  return { status: "idle" };
}
