import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site-url";
import { toQueryString } from "@/lib/validation/filters";

// The suggested size fits the chart, its summary and the credit line at 640 px wide; at any
// other size the embed scrolls with the credit line kept in view (app/embed/trade).
export const EMBED_SIZE = { width: 640, height: 720 } as const;

/**
 * The iframe code for /embed/trade with the view in `view` (a series and its view, or a
 * comparison), in a disclosure: the "embed" dialog of the trade pages. `id` names it, and its
 * test ids, where a page has two.
 */
export async function EmbedSnippet({ locale, view, id = "embed" }: { locale: Locale; view: Record<string, string | number | undefined>; id?: string }) {
  const t = await getTranslations("trade");
  const origin = siteUrl().origin;
  const snippet = `<iframe src="${origin}/embed/trade${toQueryString({ lang: locale, ...view })}" title="${t("embedFrameTitle")}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return (
    <details className="rounded-lg border border-line bg-surface p-4" data-testid={`${id}-dialog`}>
      <summary className="cursor-pointer font-medium">{t("embedTitle")}</summary>
      <p className="mt-2 text-sm text-muted">{t("embedIntro")}</p>
      <label className="mt-2 block text-sm" htmlFor={`${id}-code`}>
        {t("embedCode")}
      </label>
      <textarea
        id={`${id}-code`}
        readOnly
        rows={3}
        className="mt-1 w-full rounded border border-line bg-canvas p-2 font-mono text-xs"
        value={snippet}
        data-testid={`${id}-code`}
      />
    </details>
  );
}
