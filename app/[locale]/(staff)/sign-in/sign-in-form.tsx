"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/field";
import { FormAlert } from "@/components/form-alert";

/**
 * Email and password through next-auth's credentials provider. The error never says
 * whether the email exists; after repeated failures it says how long to wait. An account
 * with a second factor is then asked for its code (or a recovery code), the email and
 * password kept in the form.
 */
export function SignInForm({ destination }: { destination: string }) {
  const t = useTranslations("signIn");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [askCode, setAskCode] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), code: form.get("code") ?? "", redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(destination);
        return;
      }
      if (result?.error === "secondFactor") {
        setAskCode(true);
        setPending(false);
        return;
      }
      const wait = result?.error?.match(/^throttled:(\d+)$/)?.[1];
      setError(wait ? t("throttled", { seconds: Number(wait) }) : result?.error === "unavailable" ? t("unavailable") : t(askCode ? "invalidCode" : "invalid"));
    } catch {
      setError(t("unavailable"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-line bg-surface p-4 sm:p-6" noValidate>
      {error && <FormAlert title={error} />}
      <Field name="email" label={t("email")} required>
        {(control) => <input {...control} type="email" autoComplete="username" required className={INPUT_CLASS} />}
      </Field>
      <Field name="password" label={t("password")} required>
        {(control) => <input {...control} type="password" autoComplete="current-password" required className={INPUT_CLASS} />}
      </Field>
      {askCode && (
        <Field name="code" label={t("code")} hint={t("codeHint")} required>
          {(control) => <input {...control} autoComplete="one-time-code" autoFocus required className={INPUT_CLASS} />}
        </Field>
      )}
      <Button type="submit" disabled={pending} className="w-full justify-center">
        {pending ? t("signingIn") : t("submit")}
      </Button>
    </form>
  );
}
