"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <section role="alert" className="max-w-prose">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("body")}</p>
      <Button className="mt-6" onClick={reset}>
        {t("retry")}
      </Button>
    </section>
  );
}
