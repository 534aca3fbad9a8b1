import { getTranslations } from "next-intl/server";
import { formatPeriod } from "@/lib/format";
import { figureGrowthText } from "@/lib/charts/figure-text";
import type { Locale } from "@/lib/i18n/routing";
import type { TradeFigureDto } from "@/lib/queries/trade";

/** A series whose sources give growth rates only: nothing to draw, so the rates in words. */
export async function GrowthOnlyNote({ figures, locale }: { figures: TradeFigureDto[]; locale: Locale }) {
  const [t, tFigure] = await Promise.all([getTranslations("trade"), getTranslations("figure")]);
  return (
    <div className="space-y-2" data-testid="growth-only">
      <p className="font-medium">{t("growthOnlyTitle")}</p>
      {figures.map((g) => (
        <p key={g.id}>
          {t("growthOnlyBody", { period: formatPeriod(g.periodStart, g.periodEnd, locale), growth: figureGrowthText(g, locale, tFigure) ?? "" })}
        </p>
      ))}
    </div>
  );
}
