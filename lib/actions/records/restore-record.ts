"use server";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { restoreRecord } from "@/lib/records/lifecycle";
import { isEntityKey } from "@/lib/records/entities";
import { refreshPublicPages } from "@/lib/actions/respond";
import type { FormState } from "@/lib/actions/form-state";

/** Bound on the audit page as restoreRecordAction.bind(null, entity, id). */
export async function restoreRecordAction(entity: string, id: string, _previous: FormState): Promise<FormState> {
  const result = await restoreRecord(prisma, await getCurrentUser(), { entity, id });
  const t = await getTranslations("workspace");
  if (!result.ok) return { status: "error", message: t(`refused.${result.error}`) };
  if (isEntityKey(entity)) refreshPublicPages(entity);
  return { status: "idle", message: t("restored") };
}
