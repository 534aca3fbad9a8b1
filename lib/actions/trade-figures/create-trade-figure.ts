"use server";
import { getLocale } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { createTradeFigure } from "@/lib/records/trade-figures";
import { formDataToObject } from "@/lib/validation/fields";
import { refreshPublicPages, refusedFormState } from "@/lib/actions/respond";
import type { FormState } from "@/lib/actions/form-state";

export async function createTradeFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const result = await createTradeFigure(prisma, await getCurrentUser(), values);
  if (!result.ok) return refusedFormState(result, values, "tradeFigure");
  refreshPublicPages("tradeFigure");
  redirect({ href: `/manage/trade-figures?saved=${result.id}`, locale: await getLocale() });
  return { status: "idle" };
}
