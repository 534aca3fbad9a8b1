"use client";

import { Button } from "@/components/ui/button";
import { useErrorMessages } from "@/components/error-messages";
import { DATABASE_UNAVAILABLE } from "@/lib/database-unavailable-digest";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The data layer marks "database down" with a digest of its own; anything else is a fault.
  const messages = useErrorMessages();
  const t = error.digest === DATABASE_UNAVAILABLE ? messages.unavailable : messages.error;
  return (
    <section role="alert" className="max-w-prose">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="mt-3 text-muted">{t.body}</p>
      <Button className="mt-6" onClick={reset}>
        {t.retry}
      </Button>
    </section>
  );
}
