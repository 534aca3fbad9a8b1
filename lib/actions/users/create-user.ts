"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { createUser } from "@/lib/records/users";
import { formDataToObject } from "@/lib/validation/fields";
import { refusedFormState } from "@/lib/actions/respond";
import type { FormState } from "@/lib/actions/form-state";

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const result = await createUser(prisma, await getCurrentUser(), values);
  // The password never travels back to the browser.
  if (!result.ok) return refusedFormState(result, { ...values, password: "" }, "user");
  revalidatePath("/[locale]/manage/users", "page");
  return { status: "idle", message: (await getTranslations("users"))("created", { email: String(values.email) }) };
}
