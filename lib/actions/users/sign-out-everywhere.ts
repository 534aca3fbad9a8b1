"use server";
import { getLocale } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { signOutEverywhere } from "@/lib/records/users";

/** Ends every session of the signed-in person, in every browser. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await signOutEverywhere(prisma, user);
  redirect({ href: "/sign-in?signedOut=everywhere", locale: await getLocale() });
}
