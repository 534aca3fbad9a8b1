"use client";

import { useTranslations } from "next-intl";

/**
 * Secrets a save shows this once (a reset link, recovery codes, a generated password): in a
 * box easy to select and copy, with the warning that they will not be shown again.
 */
export function RevealedSecrets({ secrets, note }: { secrets: string[]; note?: string }) {
  const t = useTranslations("workspace");
  return (
    <div className="space-y-2 rounded-md border border-line bg-canvas p-3" data-testid="revealed-secrets">
      <p className="text-sm font-medium">{note ?? t("shownOnce")}</p>
      <ul className={`grid gap-1 font-mono text-sm break-all select-all ${secrets.length > 2 ? "sm:grid-cols-2" : ""}`}>
        {secrets.map((secret) => (
          <li key={secret}>
            <code>{secret}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
