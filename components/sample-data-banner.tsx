import { getTranslations } from "next-intl/server";
import { servesSampleData } from "@/lib/sample-data";

/** The demo's banner, on every page and embed it serves (lib/sample-data.ts); nothing elsewhere. */
export async function SampleDataBanner() {
  if (!servesSampleData()) return null;
  const t = await getTranslations("sampleData");
  return (
    <p role="note" className="border-b border-amber-300 bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950" data-testid="sample-data-banner">
      {t("banner")}
    </p>
  );
}
