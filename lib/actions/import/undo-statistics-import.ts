"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { isDatabaseUnreachable } from "@/lib/database-unavailable";
import { undoStatistics } from "@/lib/import/statistics-file";
import { redirect } from "@/lib/i18n/navigation";
import type { FormState } from "@/lib/actions/form-state";

/** Undoes an import of official statistics as a whole (lib/records/trade-imports.ts); bound as undoStatisticsImportAction.bind(null, id). */
export async function undoStatisticsImportAction(importId: string, _previous: FormState): Promise<FormState> {
  const [t, locale] = await Promise.all([getTranslations("statsImport.ui.undoRefused"), getLocale()]);
  let result: Awaited<ReturnType<typeof undoStatistics>>;
  try {
    result = await undoStatistics(await getCurrentUser(), importId);
  } catch (error) {
    if (!isDatabaseUnreachable(error)) throw error;
    return { status: "error", message: (await getTranslations("workspace.refused"))("unavailable") };
  }
  if (!result.ok) return { status: "error", message: t(result.problem) };
  redirect({ href: `/manage/import/statistics?undone=${encodeURIComponent(importId)}`, locale });
  return { status: "idle" };
}
