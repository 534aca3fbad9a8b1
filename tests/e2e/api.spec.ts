import { expect, test } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parseCsv } from "@/tests/e2e/csv";

test.describe("open-data API", () => {
  // The API answers the same on any screen: run it once.

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
    expect(last.items[0].nameEn).toBe("UzAuto Motors and SaryarkaAvtoProm joint venture");
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
    const preflight = await request.fetch("/api/v1/ventures", {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" },
    });
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
