import { useTranslations } from "next-intl";

/** The placeholder of a list page while the server renders it (its loading.tsx re-exports this). */
export default function PageLoading() {
  const t = useTranslations();
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-8 w-2/3 rounded bg-line" />
      <div className="h-4 w-full rounded bg-line" />
      <div className="h-32 w-full rounded bg-line" />
    </div>
  );
}
