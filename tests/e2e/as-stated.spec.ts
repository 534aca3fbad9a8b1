import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { withE2eDatabase } from "@/tests/e2e/sign-in";

// Data read as the articles state it: quotes in the reader's language beside the original,
// venture partners as the source describes them, and sources that say what they leave out.

test.describe("quotes in the reader's language", () => {
  test("shows a Russian quote first, then its English rendering marked as the portal's translation; /ru shows the original only", async ({ page }) => {
    await page.goto("/en/ventures/jv-turkestan-textile");
    const quote = page.getByTestId("citation-quote").first();
    await expect(quote.locator('blockquote[lang="ru"]')).toContainText("в Туркестане была запущена швейная фабрика Turkestan Textile.");
    const translation = quote.getByTestId("quote-translation");
    await expect(translation).toContainText("English translation by the portal");
    await expect(translation).toContainText("in Turkestan the Turkestan Textile sewing factory was launched.");
    // The original comes first.
    const [original, rendering] = await Promise.all([quote.locator('blockquote[lang="ru"]').boundingBox(), translation.boundingBox()]);
    expect(original!.y).toBeLessThan(rendering!.y);

    await page.goto("/ru/ventures/jv-turkestan-textile");
    await expect(page.getByTestId("citation-quote").first()).toContainText("в Туркестане была запущена швейная фабрика Turkestan Textile.");
    await expect(page.getByTestId("quote-translation")).toHaveCount(0);
    await expect(page.getByTestId("quote-translation-missing")).toHaveCount(0);
  });

  test("says so where a quote has no translation yet", async ({ page }) => {
    const id = `e2e-untranslated-${randomUUID().slice(0, 8)}`;
    await withE2eDatabase(async (client) => {
      await client.query(
        `INSERT INTO "JointVenture" (id, "nameRu", "nameEn", sector, status, "updatedAt") VALUES ($1, 'Тестовое СП без перевода', 'Untranslated test JV', 'TEXTILES', 'ANNOUNCED', now())`,
        [id],
      );
      await client.query(
        `INSERT INTO "Citation" (id, "sourceId", quote, "ventureId") VALUES ($1, 'src-s2', 'Узбекский бизнес стал активно инвестировать в экономику Казахстана.', $2)`,
        [`${id}-c`, id],
      );
    });
    try {
      await page.goto(`/en/ventures/${id}`);
      await expect(page.getByTestId("quote-translation-missing")).toHaveText("English translation not yet available");
      await expect(page.getByTestId("quote-translation")).toHaveCount(0);
    } finally {
      await withE2eDatabase((client) => client.query(`DELETE FROM "JointVenture" WHERE id = $1`, [id]));
    }
  });

  test("the English trade CSV carries each quote's translation; the Russian one the original only", async ({ request }) => {
    const en = (await (await request.get("/en/trade/csv")).text()).replace(/^\uFEFF/, "");
    expect(en.split("\r\n")[0]).toMatch(/,quote,quote_translation_en$/);
    expect(en).toContain("As a result, the volume of intra-regional trade reached 11.5 billion dollars last year.");
    const ru = (await (await request.get("/ru/trade/csv")).text()).replace(/^\uFEFF/, "");
    expect(ru.split("\r\n")[0]).toMatch(/,quote$/);
    expect(ru).toContain("В итоге объем внутрирегиональной торговли в прошлом году достиг 11,5 млрд долларов.");
  });
});

test.describe("ventures as the sources state them", () => {
  test("shows Nurafshon's unnamed Uzbek partner with the inferred marker and the passage it rests on", async ({ page }) => {
    await page.goto("/en/ventures/jv-nurafshon");
    const partners = page.getByTestId("venture-partner");
    await expect(partners).toHaveCount(2);
    await expect(partners.nth(1)).toContainText("Uzbek partner, not named — Uzbekistan");
    await expect(partners.nth(1)).toContainText("nationality inferred");
    await expect(page.getByText("Uzbek business has begun to invest actively in the economy of Kazakhstan.")).toBeVisible();
    await expect(page.getByText(/The partners' countries are inferred from context: the article calls Nurafshon a joint venture/)).toBeVisible();

    await page.goto("/en/ventures/jv-alliance-textile");
    await expect(page.getByTestId("venture-partner")).toHaveText("Alliance — Kazakhstan / Uzbekistan");

    await page.goto("/ru/ventures/jv-nurafshon");
    await expect(page.getByTestId("venture-partner").nth(1)).toContainText("Узбекский партнёр, название не указано — Узбекистан");
    await expect(page.getByTestId("venture-partner").nth(1)).toContainText("страна установлена по контексту");
  });
});

test.describe("sources say what the article leaves out", () => {
  test("names the publisher, date and file where the article gives them, and says so where it does not", async ({ page }) => {
    await page.goto("/en/sources/src-s4");
    await expect(page.getByTestId("source-publisher")).toHaveText("KAZAKHSTAN TODAY");
    await expect(page.getByTestId("source-file")).toHaveText("2025-11-vii-meeting-tashkent-outcomes.ru.txt");
    await expect(page.getByText("year inferred").first()).toBeVisible();

    await page.goto("/en/sources/src-s1");
    await expect(page.getByTestId("source-publisher")).toHaveText("The article does not state its publisher");
    await expect(page.getByTestId("source-author")).toHaveText("The article does not name its author");
    await expect(page.getByText("The article does not state its date")).toBeVisible();

    await page.goto("/ru/sources/src-s5");
    await expect(page.getByTestId("source-author")).toHaveText("Акпер Гасанов");
    await expect(page.getByTestId("source-publisher")).toHaveText("Статья не указывает издателя");
  });
});
