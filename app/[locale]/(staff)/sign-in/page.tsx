import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { SignInForm } from "./sign-in-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; signedOut?: string; passwordReset?: string }> };

// Reads the query string, so it renders on each request (its queries are cached).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { next, signedOut, passwordReset } = await searchParams;
  const t = await getTranslations("signIn");
  // Only a workspace page of this site is a valid destination (no open redirect).
  const destination = typeof next === "string" && /^\/(ru|en)\/manage(\/[\w\-/?=&%.]*)?$/.test(next) ? next : `/${locale}/manage`;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
      </header>
      {signedOut && (
        <p role="status" className="rounded-md bg-accent-soft p-3 text-sm">
          {signedOut === "everywhere" ? t("signedOutEverywhere") : t("signedOut")}
        </p>
      )}
      {passwordReset && (
        <p role="status" className="rounded-md bg-accent-soft p-3 text-sm">
          {t("passwordReset")}
        </p>
      )}
      <SignInForm destination={destination} />
    </div>
  );
}
