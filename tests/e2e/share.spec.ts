import { expect, test, type APIRequestContext } from "@playwright/test";

// Links that share well and are found: the head of each public page, the preview images,
// the sitemap and robots.txt. The e2e server's SITE_URL is its own address (tests/e2e/server.ts).

type Head = { title: string; description: string; canonical: string; meta: Record<string, string[]>; hreflang: Record<string, string> };

async function readHead(request: APIRequestContext, path: string): Promise<Head> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const head = html.slice(0, html.indexOf("</head>"));
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, "&");
  const meta: Record<string, string[]> = {};
  for (const [tag] of head.matchAll(/<meta [^>]*>/g)) {
    const key = attr(tag, "property") ?? attr(tag, "name");
    const content = attr(tag, "content");
    if (key && content !== undefined) (meta[key] ??= []).push(content);
  }
  const hreflang: Record<string, string> = {};
  for (const [tag] of head.matchAll(/<link rel="alternate" [^>]*>/g)) hreflang[attr(tag, "hrefLang")!] = attr(tag, "href")!;
  return {
    title: /<title>([^<]*)<\/title>/.exec(head)?.[1]?.replace(/&amp;/g, "&") ?? "",
    description: meta.description?.[0] ?? "",
    canonical: [...head.matchAll(/<link rel="canonical" [^>]*>/g)].map(([tag]) => attr(tag, "href")).join(" "),
    meta,
    hreflang,
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe("links that share well", () => {
  const pages = [
    { path: "/en", locale: "en_GB", other: "ru_RU", image: true },
    { path: "/ru", locale: "ru_RU", other: "en_GB", image: true },
    { path: "/en/trade?series=PARTNER_REGION-AZ", locale: "en_GB", other: "ru_RU", image: true },
    { path: "/ru/trade?series=PARTNER_REGION-AZ", locale: "ru_RU", other: "en_GB", image: true },
    { path: "/en/summits/consultative-meeting-7", locale: "en_GB", other: "ru_RU", image: false },
    { path: "/en/initiatives/ini-vii-ifas-ecological-summit", locale: "en_GB", other: "ru_RU", image: false },
    { path: "/ru/sources/src-s1", locale: "ru_RU", other: "en_GB", image: false },
    { path: "/en/targets/tgt-ca-20bn", locale: "en_GB", other: "ru_RU", image: true },
  ];

  for (const { path, locale, other, image } of pages) {
    test(`${path} names its canonical URL, its languages and its Open Graph and Twitter card`, async ({ request, baseURL }) => {
      const head = await readHead(request, path);
      const url = `${baseURL}${path}`;
      expect(head.canonical).toBe(url);
      expect(head.meta["og:url"]).toEqual([url]);
      expect(head.title.length).toBeLessThanOrEqual(70);
      expect(head.meta["og:title"]).toEqual([head.title]);
      expect(head.description.length).toBeGreaterThan(40);
      expect(head.meta["og:description"]).toEqual([head.description]);
      expect(head.meta["twitter:description"]).toEqual([head.description]);
      expect(head.meta["og:locale"]).toEqual([locale]);
      expect(head.meta["og:locale:alternate"]).toEqual([other]);
      expect(head.meta["og:type"]?.[0]).toMatch(/^(website|article)$/);
      expect(head.hreflang.en).toBe(`${baseURL}${path.replace(/^\/ru/, "/en")}`);
      expect(head.hreflang.ru).toBe(`${baseURL}${path.replace(/^\/en/, "/ru")}`);
      expect(head.meta["twitter:card"]).toEqual([image ? "summary_large_image" : "summary"]);
      if (image) {
        expect(head.meta["og:image"]?.[0]).toMatch(new RegExp(`^${baseURL}/`));
        expect(head.meta["twitter:image"]).toEqual(head.meta["og:image"]);
      }
    });
  }

  test("an initiative's long name is cut in the title and whole in the heading", async ({ page }) => {
    await page.goto("/en/initiatives/ini-vii-ifas-ecological-summit");
    const title = await page.title();
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toMatch(/^Summit of the heads of the founding states.*… · CA Monitor$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Regional Ecological Summit, Astana \(April 2026\)$/);
  });

  test("no two public pages of a sample share a description", async ({ request }) => {
    const sample = [
      "/en",
      "/ru",
      "/en/trade",
      "/en/trade?series=BILATERAL-KZ-UZ",
      "/en/trade?series=PARTNER_REGION-AZ",
      "/en/targets",
      "/en/targets/tgt-ca-15bn",
      "/en/targets/tgt-ca-20bn",
      "/en/summits",
      "/en/summits/consultative-meeting-6",
      "/en/summits/consultative-meeting-7",
      "/en/initiatives",
      "/en/initiatives/ini-vii-water",
      "/en/initiatives/ini-vii-tourism",
      "/en/documents",
      "/en/ventures",
      "/en/sources",
      "/en/sources/src-s1",
      "/en/sources/src-s2",
      "/en/data",
      "/en/search",
    ];
    const seen = new Map<string, string>();
    for (const path of sample) {
      const { description } = await readHead(request, path);
      expect(description, path).not.toBe("");
      expect(seen.get(description), `${path} repeats the description of ${seen.get(description)}`).toBeUndefined();
      seen.set(description, path);
    }
  });

  for (const path of [
    "/en/trade?series=PARTNER_REGION-AZ",
    "/ru/trade?series=PARTNER_REGION-AZ",
    "/en/targets/tgt-ca-20bn",
    "/ru",
    "/en/trade?compare=BILATERAL-KZ-UZ%2CINTRA_REGIONAL",
    "/ru/trade?compare=BILATERAL-KZ-UZ%2CINTRA_REGIONAL&measure=index",
  ]) {
    test(`the preview image of ${path} is a 1200×630 PNG`, async ({ request, baseURL }) => {
      const { meta } = await readHead(request, path);
      const image = meta["og:image"]?.[0] ?? "";
      expect(image.startsWith(`${baseURL}/`)).toBe(true);
      const response = await request.get(image);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    });
  }

  test("the trade preview draws the series the link names", async ({ request }) => {
    const az = await (await request.get("/en/trade/preview.png?series=PARTNER_REGION-AZ")).body();
    const kzuz = await (await request.get("/en/trade/preview.png?series=BILATERAL-KZ-UZ")).body();
    const ru = await (await request.get("/ru/trade/preview.png?series=PARTNER_REGION-AZ")).body();
    expect(az.equals(kzuz)).toBe(false);
    expect(az.equals(ru)).toBe(false);
    expect((await request.get("/en/targets/no-such-target/preview.png")).status()).toBe(404);
  });

  test("a shared comparison's preview draws that comparison", async ({ request }) => {
    const { meta } = await readHead(request, "/en/trade?compare=BILATERAL-KZ-UZ%2CINTRA_REGIONAL&from=2015");
    expect(meta["og:image"]?.[0]).toMatch(/\/en\/trade\/preview\.png\?compare=BILATERAL-KZ-UZ%2CINTRA_REGIONAL&from=2015$/);
    expect(meta["og:image:alt"]?.[0]).toMatch(/^2 trade series compared: /);
    const both = await (await request.get("/en/trade/preview.png?compare=BILATERAL-KZ-UZ%2CINTRA_REGIONAL")).body();
    const one = await (await request.get("/en/trade/preview.png?compare=BILATERAL-KZ-UZ")).body();
    const indexed = await (await request.get("/en/trade/preview.png?compare=BILATERAL-KZ-UZ%2CINTRA_REGIONAL&measure=index")).body();
    expect(both.equals(one)).toBe(false);
    expect(both.equals(indexed)).toBe(false);
    expect((await request.get("/en/trade/preview.png?compare=NO-SUCH-SERIES")).status()).toBe(404);
  });
});

test.describe("found by search engines", () => {
  test("the sitemap lists every summit in both languages with its last change, and its pages answer", async ({ request, baseURL }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
      loc: /<loc>([^<]*)<\/loc>/.exec(body!)?.[1] ?? "",
      lastmod: /<lastmod>([^<]*)<\/lastmod>/.exec(body!)?.[1],
      body: body!,
    }));
    for (const locale of ["en", "ru"]) {
      const summit = entries.find((e) => e.loc === `${baseURL}/${locale}/summits/consultative-meeting-7`);
      expect(summit, locale).toBeDefined();
      expect(Date.parse(summit!.lastmod ?? "")).not.toBeNaN();
      expect(summit!.body).toContain(`hreflang="${locale === "en" ? "ru" : "en"}"`);
    }
    expect(entries.some((e) => e.loc === `${baseURL}/en/initiatives/ini-vii-water`)).toBe(true);
    expect(entries.some((e) => e.loc === `${baseURL}/ru/sources/src-s1`)).toBe(true);
    expect(entries.some((e) => e.loc === `${baseURL}/en/targets/tgt-ca-20bn`)).toBe(true);
    expect(entries.some((e) => /\/(manage|sign-in)/.test(e.loc))).toBe(false);
    // Every seventh address, both languages and every kind of page among them.
    for (const { loc } of entries.filter((_, i) => i % 7 === 0)) {
      expect((await request.get(loc)).status(), loc).toBe(200);
    }
  });

  test("robots.txt points at the sitemap and keeps crawlers out of the workspace", async ({ request, baseURL }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    for (const path of ["/en/manage", "/ru/manage", "/en/sign-in", "/ru/sign-in"]) expect(text).toContain(`Disallow: ${path}`);
  });
});
