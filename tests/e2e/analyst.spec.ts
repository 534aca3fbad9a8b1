import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// On a phone the main navigation sits behind the "Menu" button.
async function openNav(page: Page, menu: string) {
  const button = page.getByRole("button", { name: menu });
  if (await button.isVisible()) {
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
  }
}

const WALK = [
  {
    locale: "en",
    menu: "Menu",
    summits: "Summits",
    meeting: "VII Consultative Meeting of the Heads of State of Central Asia",
    initiative: "Regional Research Center for Rare-Earth Metals in Astana",
    proposer: "Kazakhstan (Kassym-Jomart Tokayev)",
    status: "Proposed",
    date: "November 16, 2025",
  },
  {
    locale: "ru",
    menu: "Меню",
    summits: "Саммиты",
    meeting: "VII Консультативная встреча глав государств Центральной Азии",
    initiative: "Региональный исследовательский центр по редкоземельным металлам в Астане",
    proposer: "Казахстан (Касым-Жомарт Токаев)",
    status: "Предложена",
    date: "16 ноября 2025 г.",
  },
] as const;

for (const walk of WALK) {
  test(
    `walks from the home page to what Kazakhstan proposed at the VII meeting in three clicks (${walk.locale})`,
    { tag: walk.locale === "ru" ? "@phone" : [] },
    async ({ page }) => {
      await page.goto(`/${walk.locale}`);
      await openNav(page, walk.menu);
      await page
        .getByRole("navigation", { name: /Main navigation|Основная навигация/ })
        .getByRole("link", { name: walk.summits, exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${walk.locale}/summits$`));
      await page.getByTestId("event").getByRole("link", { name: walk.meeting }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(walk.meeting);
      await expect(page.getByTestId("event-document")).toHaveCount(5);
      await expect(page.getByTestId("event-participants")).toContainText(walk.locale === "en" ? "Azerbaijan" : "Азербайджан");

      await page.getByTestId("event-initiatives").getByRole("link", { name: walk.initiative }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(walk.initiative);
      await expect(page.getByText(walk.proposer)).toBeVisible();
      const history = page.getByTestId("status-change");
      await expect(history).toHaveCount(1);
      await expect(history.first()).toContainText(walk.date);
      await expect(history.first()).toContainText(walk.status);
      await expect(history.first()).toContainText("KAZAKHSTAN TODAY");
    },
  );
}

test.describe("summit timeline", () => {
  test("filters to the seven Consultative Meetings and exports them", async ({ page, request }) => {
    await page.goto("/en/summits");
    await page.getByLabel("Kind").selectOption("CONSULTATIVE_MEETING");
    await page.getByRole("button", { name: "Apply filters" }).click();
    // The address to share holds the chosen filter only, not the form's empty fields.
    await expect(page).toHaveURL(/\/en\/summits\?kind=CONSULTATIVE_MEETING$/);
    await expect(page.getByTestId("event")).toHaveCount(7);
    await expect(page.getByTestId("event").first()).toContainText("5 documents · 9 initiatives");

    const csv = await request.get("/en/summits/export.csv?kind=CONSULTATIVE_MEETING");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^\uFEFF?start date,end date,year inferred,event,/);
    expect(lines[1]).toContain("2025-11-16,2025-11-16,false,VII Consultative Meeting");

    const ics = await request.get("/ru/summits/calendar.ics?participant=AZ");
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect((await ics.text()).match(/BEGIN:VEVENT/g)).toHaveLength(3);

    // A two-day visit: its first and last days in columns a spreadsheet reads as dates; its
    // year, inferred from the source, said so in the calendar.
    const all = (await (await request.get("/en/summits/export.csv")).text()).split("\r\n");
    expect(all.find((line) => line.includes("Visit of the President of the Republic of Uzbekistan"))).toMatch(/^2021-12-05,2021-12-06,true,/);
    const calendar = new ICAL.Component(ICAL.parse(await (await request.get("/en/summits/calendar.ics")).text()));
    const visit = calendar.getAllSubcomponents("vevent").find((e) => e.getFirstPropertyValue("uid") === "uz-kz-state-visit-2021@ca-cooperation-monitor")!;
    expect(visit.getFirstPropertyValue("description")).toContain("The year of this event is inferred");
    expect(visit.getFirstPropertyValue("dtstamp")!.toString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(visit.getFirstPropertyValue("last-modified")).not.toBeNull();
  });

  test("falls back to all events on malformed filters", async ({ page }) => {
    const response = await page.goto("/en/summits?kind=%27%3B--&year=abc&host=zz&participant=%3Cb%3E");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("event")).toHaveCount(11);
  });

  test("links an event to the previous meeting and describes it as a schema.org Event", async ({ page }) => {
    await page.goto("/en/summits/consultative-meeting-5");
    await expect(page.getByTestId("event-date")).toContainText("year inferred");
    await expect(page.getByTestId("event-figures")).toContainText("$15 bn: Intra-regional trade of Central Asia");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({
      "@type": "Event",
      startDate: "2023-09-14",
      eventStatus: "https://schema.org/EventScheduled",
      organizer: { "@type": "GovernmentOrganization", name: "Tajikistan", address: { addressCountry: "TJ" } },
      location: { name: "Dushanbe, Tajikistan", address: { addressLocality: "Dushanbe", addressCountry: "TJ" } },
    });
    expect(new URL(jsonLd.url).pathname).toBe("/en/summits/consultative-meeting-5");
    expect(jsonLd.description.length).toBeGreaterThan(20);
    // An event without a recorded summary is still described, by its name, dates and place.
    await page.goto("/en/summits/consultative-meeting-6");
    const sixth = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(sixth.description).toBe("VI Consultative Meeting of the Heads of State of Central Asia, August 9, 2024, Astana, Kazakhstan");
    expect(sixth.organizer.name).toBe("Kazakhstan");
    await page.goto("/en/summits/consultative-meeting-5");
    await page.getByRole("link", { name: /Previous meeting: IV/ }).click();
    await expect(page).toHaveURL(/consultative-meeting-4$/);
  });
});

test.describe("initiatives, documents and sources", () => {
  test("summarises the V meeting as four initiatives, one moved on", async ({ page }) => {
    await page.goto("/en/initiatives");
    const row = page.getByTestId("outcomes").getByTestId("scorecard-row").filter({ hasText: "V Consultative Meeting" }).filter({ hasNotText: "VII" });
    await expect(row.locator("td").first()).toHaveText("4");
    await expect(row.getByTestId("scorecard-moved-on")).toHaveText("1");
    await page.goto("/en/initiatives?proposer=TM");
    await expect(page.getByTestId("initiative")).toHaveCount(1);
    await expect(page.getByTestId("initiative")).toContainText("Central Asian Trade Chamber");
  });

  test("lists the VII meeting's five documents", async ({ page }) => {
    await page.goto("/ru/documents?event=consultative-meeting-7");
    await expect(page.getByTestId("document")).toHaveCount(5);
  });

  test("lists the facts citing a source and links them to their pages", async ({ page }) => {
    await page.goto("/en/sources");
    await page.getByRole("link", { name: /Industrial cooperation: an imperative/ }).click();
    const facts = page.getByTestId("cited-fact");
    await expect(facts.filter({ hasText: "Central Asian Trade Chamber" }).first()).toBeVisible();
    await facts.getByRole("link", { name: "Central Asian Trade Chamber" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Central Asian Trade Chamber");
  });
});

test.describe("search", () => {
  test("finds the rare-earth centre by part of a Russian word and highlights it", async ({ page }) => {
    await page.goto("/ru/search");
    await page.getByRole("searchbox").fill("редкоземель");
    await page.getByRole("button", { name: "Найти" }).click();
    const initiatives = page.getByTestId("results-initiative");
    await expect(initiatives.getByRole("link", { name: /редкоземельным металлам/ })).toBeVisible();
    await expect(initiatives.locator("mark").first()).toHaveText(/редкоземель/i);
  });

  test("finds Tashkent and Azerbaijan across kinds", async ({ page }) => {
    await page.goto("/en/search?q=Azerbaijan");
    await expect(page.getByTestId("results-document")).toContainText("Decision on the accession of Azerbaijan");
    await page.goto(`/ru/search?q=${encodeURIComponent("Ташкент")}`);
    await expect(page.getByTestId("results-event")).toContainText("VII Консультативная встреча");
  });

  test("shows markup in a query as text and never runs it", async ({ page }) => {
    let dialog = false;
    page.on("dialog", async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const response = await page.goto(`/en/search?q=${encodeURIComponent('<img src=x onerror=alert(1)> "; DROP TABLE "Event"; -- 🚀')}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("result-count")).toContainText("<img src=x onerror=alert(1)>");
    expect(await page.locator("main img").count()).toBe(0);
    expect(dialog).toBe(false);
  });

  test("answers a 10,000-character query", async ({ request }) => {
    const response = await request.get(`/en/search?q=${"water ".repeat(1700)}`);
    expect(response.status()).toBe(200);
  });
});

// The menu button shows only on narrow screens.
test("opens and closes the phone menu from the keyboard", { tag: "@phone-only" }, async ({ page }) => {
  await page.goto("/en/summits");
  const button = page.getByRole("button", { name: "Menu" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Overview" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
  await expect(page.getByRole("link", { name: "Initiatives" })).toBeHidden();
});

const PAGES = [
  "/summits",
  "/summits/consultative-meeting-7",
  "/initiatives",
  "/initiatives/ini-v-industrial-strategy",
  "/documents",
  "/sources",
  "/sources/src-s4",
  "/search?q=water",
];
for (const locale of ["ru", "en"]) {
  test(`has no accessibility violations on the analyst pages (${locale})`, { tag: locale === "ru" ? "@phone" : [] }, async ({ page }) => {
    // Eight pages, each audited by axe: more than the default 30 s on a busy 2-core machine.
    test.setTimeout(90_000);
    for (const path of PAGES) {
      await page.goto(`/${locale}${path}`);
      // React may reveal a streamed page a moment after the load event; audit the page, not the skeleton.
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    }
  });
}

test.describe("search that forgives misspellings", () => {
  test("finds the rare-earth centre from 'rare erth' and says which word it read", async ({ page }) => {
    await page.goto("/en/search?q=rare%20erth");
    await expect(page.getByTestId("results-initiative")).toContainText("Regional Research Center for Rare-Earth Metals");
    await expect(page.getByTestId("search-corrected")).toContainText("earth");
  });

  test("offers 'Did you mean' when nothing matches, and the suggestion finds records (ru too)", async ({ page }) => {
    for (const [locale, label] of [
      ["en", "Did you mean"],
      ["ru", "Возможно, вы имели в виду"],
    ] as const) {
      await page.goto(`/${locale}/search?q=aal`);
      const suggestion = page.getByTestId("search-suggestion");
      await expect(suggestion).toContainText(`${label} aral?`);
      await suggestion.getByRole("link", { name: "aral" }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=aral$`));
      await expect(page.getByTestId("result-count")).not.toContainText(/^No results|ничего не найдено/);
    }
  });
});
