import { getTranslations } from "next-intl/server";

/** Says plainly how few figures a series has, so no one reads a trend into two points. */
export async function ThinSeriesNote({ count, inferred, intra }: { count: number; inferred: number; intra: boolean }) {
  const t = await getTranslations("trade");
  return (
    <div role="note" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="thin-series">
      <p className="font-medium text-warning">{t("thinTitle")}</p>
      <p className="mt-1">{intra ? t("thinIntra", { count, inferred, all: count > 1 && inferred === count ? "yes" : "no" }) : t("thinGeneric", { count })}</p>
    </div>
  );
}
