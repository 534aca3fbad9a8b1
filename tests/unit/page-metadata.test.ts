import { describe, expect, it } from "vitest";
import { buildPageMetadata, fitText, TITLE_MAX } from "@/lib/page-metadata";

describe("page titles and descriptions for search engines and link previews", () => {
  it("cuts a long text at a word with an ellipsis and leaves a short one alone", () => {
    expect(fitText("Consultative Meeting of the Heads of State", 20)).toBe("Consultative…");
    expect(fitText("Trade  targets\n", 20)).toBe("Trade targets");
    expect(fitText("a".repeat(30), 10)).toBe(`${"a".repeat(9)}…`);
  });

  it("keeps an initiative's long name within 70 characters with the site's name", () => {
    const title = "Creation of a Central Asian regional platform for the exchange of information on water resources and energy";
    const meta = buildPageMetadata({ locale: "en", path: "/initiatives/x", title, description: "d", siteName: "CA Monitor" });
    const full = (meta.title as { absolute: string }).absolute;
    expect(full.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(full).toMatch(/^Creation of a Central Asian regional platform.*… · CA Monitor$/);
  });

  it("points the canonical and og:url at the locale's own URL with its query and names the other language", () => {
    const meta = buildPageMetadata({
      locale: "ru",
      path: "/trade?series=PARTNER_REGION-AZ",
      title: "Торговля",
      description: "Описание",
      siteName: "CA Monitor",
      image: { path: "/ru/trade/preview.png?series=PARTNER_REGION-AZ", alt: "График" },
    });
    expect(meta.alternates?.canonical).toBe("/ru/trade?series=PARTNER_REGION-AZ");
    expect(meta.alternates?.languages).toMatchObject({ en: "/en/trade?series=PARTNER_REGION-AZ", ru: "/ru/trade?series=PARTNER_REGION-AZ" });
    expect(meta.openGraph).toMatchObject({ url: "/ru/trade?series=PARTNER_REGION-AZ", locale: "ru_RU", alternateLocale: ["en_GB"], description: "Описание" });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("uses a small card for a page without a preview image", () => {
    const meta = buildPageMetadata({ locale: "en", path: "/sources", title: "Sources", description: "d", siteName: "CA Monitor" });
    expect(meta.twitter).toMatchObject({ card: "summary" });
    expect(meta.openGraph).not.toHaveProperty("images");
  });
});
