import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { Ajv2020 } from "ajv/dist/2020.js";

const UZAUTO = "UzAuto Motors and SaryarkaAvtoProm joint venture";

/** RFC 4180 as lib/export/csv.ts writes it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), (i += 1);
    } else field += c;
  }
  return rows;
}

test.describe("joint-venture registry", () => {
  test("filters the registry from the map and opens a venture with its partners and source", async ({ page }) => {
    await page.goto("/en/ventures");
    await expect(page.getByTestId("venture-count")).toHaveText("5 ventures match the filters.");
    const uzbekistan = page.getByTestId("venture-map").locator('a[data-country="UZ"]');
    await expect(uzbekistan).toHaveAttribute("aria-label", "Uzbekistan: 4 ventures. Show in the registry");
    await uzbekistan.click();
    await expect(page).toHaveURL(/\/en\/ventures\?country=UZ$/);
    await expect(page.getByTestId("venture-count")).toHaveText("4 ventures match the filters.");
    await expect(page.getByTestId("venture")).toHaveCount(4);

    await page.getByRole("link", { name: UZAUTO }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(UZAUTO);
    await expect(page.getByTestId("venture-partners").locator("li")).toHaveText([/^UzAuto Motors — Uzbekistan/, /^SaryarkaAvtoProm — Kazakhstan/]);
    await expect(page.getByTestId("venture-facts")).toContainText("Chevrolet cars");
    await expect(page.getByTestId("venture-facts")).toContainText("Kostanay, Kazakhstan");
    await expect(page.getByTestId("venture-updated")).toContainText("UTC");
  });

  // What follows behaves the same on a phone; the suite runs it once, on the desktop, to stay quick.
  test("reaches a country's ventures from the map with the keyboard alone", async ({ page, isMobile }) => {
    test.skip(isMobile, "keyboard use is a desktop matter");
    await page.goto("/ru/ventures");
    await page.getByTestId("venture-map").locator('a[data-country="KZ"]').focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/ru\/ventures\?country=KZ$/);
    await expect(page.getByTestId("venture-count")).toHaveText("5 предприятий по этим фильтрам.");
  });

  test("downloads every Uzbek–Kazakh venture as a CSV that opens with Cyrillic intact", async ({ page, isMobile }) => {
    test.skip(isMobile, "same on a phone");
    await page.goto("/ru/ventures?pair=KZ-UZ");
    await expect(page.getByTestId("venture")).toHaveCount(4);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("venture-csv").click()]);
    expect(download.suggestedFilename()).toBe("ventures.csv");
    const text = readFileSync((await download.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.slice(0, 7)).toEqual(["id", "nameRu", "nameEn", "sector", "status", "partners", "partnerCountries"]);
    expect(rows).toHaveLength(4);
    const byName = new Map(rows.map((row) => [row[2], row]));
    expect(byName.get(UZAUTO)?.[1]).toBe("Совместное предприятие АО «UZAuto Motors» и ТОО «СарыаркаАвтоПром»");
    // "?": the article's context, not its words, gives these countries.
    expect(byName.get(UZAUTO)?.[6]).toBe("UZ? | KZ?");
    expect(byName.get("Alliance joint textile enterprise")?.[6]).toBe("KZ+UZ");
    expect(byName.get(UZAUTO)?.at(-1)).toContain("Костана");
  });

  test("combines search, sector and sort, and shows an empty state that leads back", async ({ page, isMobile }) => {
    test.skip(isMobile, "same on a phone");
    await page.goto("/en/ventures");
    await page.getByRole("searchbox", { name: "Search" }).fill("textile");
    await page.getByRole("combobox", { name: "Sector" }).selectOption("TEXTILES");
    await page.getByRole("combobox", { name: "Sort by" }).selectOption("name");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByTestId("venture")).toHaveCount(2);
    await expect(page.getByTestId("venture").first()).toContainText("Alliance joint textile enterprise");

    await page.goto("/en/ventures?sector=ENERGY");
    await expect(page.getByText("No joint venture matches these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Show all ventures" }).click();
    await expect(page.getByTestId("venture")).toHaveCount(5);
  });

  test("ignores malformed filters on the page instead of failing", async ({ page, isMobile }) => {
    test.skip(isMobile, "same on a phone");
    const response = await page.goto("/en/ventures?pair=KZ-KZ&year=abc&page=-1&limit=99999&sector=%27%3B--");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("venture")).toHaveCount(5);
  });

  test("answers an unknown venture with 404", async ({ page, isMobile }) => {
    test.skip(isMobile, "same on a phone");
    expect((await page.goto("/en/ventures/jv-no-such-venture"))?.status()).toBe(404);
    expect((await page.goto("/ru/ventures/jv'%3B%20DROP%20TABLE"))?.status()).toBe(404);
  });

  test("links a search result and an initiative's ventures to the venture page", async ({ page, isMobile }) => {
    test.skip(isMobile, "same on a phone");
    await page.goto("/en/search?q=Nurafshon");
    await page.getByRole("link", { name: /Nurafshon joint venture/ }).first().click();
    await expect(page).toHaveURL(/\/en\/ventures\/jv-nurafshon$/);
    await expect(page.getByTestId("venture-facts")).toContainText("November 2021");
  });

  for (const path of ["/en/ventures", "/ru/ventures", "/en/ventures/jv-nurafshon", "/ru/ventures/jv-uzauto-saryarkaavtoprom", "/ru/data", "/en/data"]) {
    test(`has no accessibility violations on ${path}`, async ({ page, isMobile }) => {
      // On a phone, the two list pages (the layouts that change most) are enough.
      test.skip(isMobile && !["/ru/ventures", "/ru/data"].includes(path), "checked on the desktop");
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });
  }

  // The probe: /ru/ventures scrolled sideways at 390 px (the sector table) though not at 412.
  test("fits a phone screen without sideways scrolling, down to 360 px", async ({ page, isMobile }) => {
    test.skip(!isMobile, "phone widths");
    for (const width of [412, 390, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ["/ru/ventures", "/ru/data", "/ru/ventures/jv-uzauto-saryarkaavtoprom"]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
  });
});

test.describe("open-data API", () => {
  // The API answers the same on any screen: run it once.
  test.skip(({ isMobile }) => isMobile, "one run is enough for HTTP");

  const LISTS = {
    events: "EventsList",
    documents: "DocumentsList",
    initiatives: "InitiativesList",
    ventures: "VenturesList",
    "trade-figures": "TradeFiguresList",
    targets: "TargetsList",
    sources: "SourcesList",
    countries: "CountriesList",
  } as const;

  test("returns every dataset as documented in the OpenAPI document", async ({ request }) => {
    const openapi = await (await request.get("/api/v1/openapi.json")).json();
    expect(openapi.openapi).toBe("3.1.0");
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema(openapi, "openapi");
    const expectedTotals: Record<string, number> = { events: 11, ventures: 5, targets: 3, countries: 6, sources: 6 };
    for (const [dataset, schema] of Object.entries(LISTS)) {
      expect(Object.keys(openapi.paths)).toContain(`/api/v1/${dataset}`);
      const response = await request.get(`/api/v1/${dataset}`);
      expect(response.status(), dataset).toBe(200);
      const body = await response.json();
      const validate = ajv.compile({ $ref: `openapi#/components/schemas/${schema}` });
      expect(validate(body) ? [] : validate.errors, dataset).toEqual([]);
      expect(body.items.length, dataset).toBeGreaterThan(0);
      if (expectedTotals[dataset]) expect(body.total, dataset).toBe(expectedTotals[dataset]);
    }
  });

  test("filters and pages the ventures, every item with its quoted source", async ({ request }) => {
    const response = await request.get("/api/v1/ventures?pair=UZ-KZ&sort=name&limit=1");
    const body = await response.json();
    expect(body).toMatchObject({ total: 4, page: 1, limit: 1, next: "/api/v1/ventures?pair=UZ-KZ&sort=name&limit=1&page=2" });
    expect(body.items[0].nameEn).toBe("Alliance joint textile enterprise");
    // «казахстанско-узбекская … компания»: one binational partner, both countries stated.
    expect(body.items[0].partners).toEqual([{ companyName: "Alliance", country: "KZ", secondCountry: "UZ", countryInferred: false }]);
    expect(body.items[0].sources[0]).toMatchObject({ sourceId: "src-s2" });
    const second = await (await request.get(body.next)).json();
    expect(second.items[0].nameEn).toBe("MAN Auto-Uzbekistan and SaryarkaAvtoProm joint venture");
    const last = await (await request.get("/api/v1/ventures?pair=UZ-KZ&sort=name&limit=1&page=4")).json();
    expect(last.items[0].nameEn).toBe(UZAUTO);
    expect(last.next).toBeNull();
  });

  test("answers a bad parameter with 400 naming it, in the documented error shape", async ({ request }) => {
    const openapi = await (await request.get("/api/v1/openapi.json")).json();
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(openapi, "openapi");
    const validate = ajv.compile({ $ref: "openapi#/components/schemas/Error" });
    for (const [url, parameter] of [
      ["/api/v1/ventures?limit=5000", "limit"],
      ["/api/v1/ventures?pair=KZ", "pair"],
      ["/api/v1/events?kind=PARTY", "kind"],
      ["/api/v1/trade-figures?series=%27%3B--", "series"],
      ["/api/v1/targets?scop=BILATERAL", "scop"],
    ] as const) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      const body = await response.json();
      expect(validate(body), url).toBe(true);
      expect(body.parameter, url).toBe(parameter);
    }
    expect((await request.get("/api/v1/no-such-dataset")).status()).toBe(404);
  });

  test("serves CSV by suffix or Accept header, with a BOM", async ({ request }) => {
    for (const response of [await request.get("/api/v1/countries.csv"), await request.get("/api/v1/countries", { headers: { Accept: "text/csv" } })]) {
      expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      const text = await response.text();
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(parseCsv(text.slice(1))).toContainEqual(["UZ", "Узбекистан", "Uzbekistan", "CENTRAL_ASIA"]);
    }
  });

  test("sends ETag, Cache-Control and open CORS, and 304 for a matching If-None-Match", async ({ request }) => {
    const first = await request.get("/api/v1/targets", { headers: { Origin: "https://example.org" } });
    const etag = first.headers()["etag"];
    expect(etag).toMatch(/^".+"$/);
    // Revalidated every time, so an edit shows at once; the ETag makes that a 304.
    expect(first.headers()["cache-control"]).toBe("public, no-cache");
    expect(first.headers()["access-control-allow-origin"]).toBe("*");
    const again = await request.get("/api/v1/targets", { headers: { "If-None-Match": etag! } });
    expect(again.status()).toBe(304);
    const preflight = await request.fetch("/api/v1/ventures", { method: "OPTIONS", headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" } });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  });

  test("limits one address to its requests a minute with 429 and Retry-After, leaving others alone", async ({ request }) => {
    const address = { "X-Forwarded-For": "198.51.100.23" };
    const limit = Number((await request.get("/api/v1/countries", { headers: address })).headers()["ratelimit-limit"]);
    expect(limit).toBeGreaterThan(0);
    let refused;
    for (let i = 1; i <= limit && !refused; i += 1) {
      const response = await request.get("/api/v1/countries", { headers: address });
      if (response.status() === 429) refused = response;
    }
    expect(refused?.status()).toBe(429);
    expect(Number(refused?.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await refused?.json()).error).toBe("rate_limited");
    expect((await request.get("/api/v1/countries", { headers: { "X-Forwarded-For": "198.51.100.24" } })).status()).toBe(200);
  });
});
