import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_FILE, E2E_REVALIDATE_SECRET } from "@/tests/e2e/shared";

const PAGE = "/en/trade?series=BILATERAL-KZ-UZ&view=table";
const FIGURE = "tf-kz-uz-2021-jan-oct";

async function setValue(value: string) {
  const client = new pg.Client({ connectionString: readFileSync(E2E_DATABASE_FILE, "utf8") });
  await client.connect();
  await client.query(`UPDATE "TradeFigure" SET "valueUsd" = $1 WHERE id = $2`, [value, FIGURE]);
  await client.end();
}

test.describe("data cache", () => {
  test("serves cached figures until their tag is expired, then the new ones", async ({ page, request }) => {
    await page.goto(PAGE);
    await expect(page.getByTestId("trade-row").nth(1)).toContainText("$3.2 bn");
    try {
      await setValue("3300000000");
      await page.reload();
      await expect(page.getByTestId("trade-row").nth(1)).toContainText("$3.2 bn");

      const refused = await request.post("/api/revalidate", { data: { tags: ["trade"] } });
      expect(refused.status()).toBe(401);
      const expired = await request.post("/api/revalidate", { data: { tags: ["trade"] }, headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` } });
      expect(expired.status()).toBe(200);

      await page.reload();
      await expect(page.getByTestId("trade-row").nth(1)).toContainText("$3.3 bn");
    } finally {
      await setValue("3200000000");
      await request.post("/api/revalidate", { data: { tags: ["trade"] }, headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` } });
    }
    await page.reload();
    await expect(page.getByTestId("trade-row").nth(1)).toContainText("$3.2 bn");
  });

  test("sends a large cached page in Russian whole and the same each time (its bytes are kept)", async ({ request }) => {
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const response = await request.get("/ru/initiatives", { headers: { "accept-encoding": "identity" } });
      expect(response.status()).toBe(200);
      const body = await response.body();
      expect(Number(response.headers()["content-length"])).toBe(body.length);
      answers.push(body);
    }
    expect(answers[0]!.length).toBeGreaterThan(16_384 * 2);
    expect(answers[2]!.equals(answers[1]!)).toBe(true);
    expect(answers[2]!.toString("utf8")).toContain("Трекер инициатив");
  });

  test("compresses what it sends as the client asks, a large cached page the same each time", async ({ request }) => {
    const plain = await (await request.get("/ru/initiatives", { headers: { "accept-encoding": "identity" } })).body();
    for (const encoding of ["br", "gzip"]) {
      const sizes = [];
      for (let i = 0; i < 2; i++) {
        const response = await request.get("/ru/initiatives", { headers: { "accept-encoding": encoding } });
        expect(response.headers()["content-encoding"], encoding).toBe(encoding);
        expect(response.headers()["vary"], encoding).toContain("Accept-Encoding");
        sizes.push(Number(response.headers()["content-length"]));
        // The request context decompresses the body.
        expect((await response.body()).equals(plain), encoding).toBe(true);
      }
      expect(sizes[0]!, encoding).toBeLessThan(plain.length / 5);
      expect(sizes[1], encoding).toBe(sizes[0]);
    }
    // A page rendered for each request, streamed; a missing record's page, rendered in its place;
    // a script file; and an image, left as it is.
    const signIn = await request.get("/ru/sign-in", { headers: { "accept-encoding": "br" } });
    expect(signIn.headers()["content-encoding"]).toBe("br");
    expect(await signIn.text()).toContain("Вход");
    const missing = await request.get("/en/ventures/no-such-venture", { headers: { "accept-encoding": "gzip" } });
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-encoding"]).toBe("gzip");
    expect(await missing.text()).toContain("</html>");
    const script = (await signIn.text()).match(/\/_next\/static\/chunks\/[\w.-]+\.js/)![0];
    const scriptResponse = await request.get(script, { headers: { "accept-encoding": "gzip, br" } });
    expect(scriptResponse.headers()["content-encoding"]).toBe("br");
    const image = await request.get("/en/preview.png", { headers: { "accept-encoding": "br" } });
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(image.headers()["content-encoding"]).toBeUndefined();
  });

  test("serves the public pages whole from the route cache, and the workspace never", async ({ request }) => {
    for (const path of [
      "/en",
      "/ru/targets",
      "/en/trade",
      "/en/trade?series=BILATERAL-KZ-UZ&view=sources",
      "/en/ventures?pair=KZ-UZ&sort=name",
      "/ru/ventures/jv-uzauto-saryarkaavtoprom",
      "/en/summits?year=2024",
      "/ru/search?q=%D0%B2%D0%BE%D0%B4%D0%B0",
      "/en/targets/tgt-ca-20bn?by=2031",
      "/embed/trade",
      "/embed/trade?lang=en&series=BILATERAL-KZ-UZ&view=table",
    ]) {
      await request.get(path);
      const again = await request.get(path);
      expect(again.status(), path).toBe(200);
      expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
      expect(again.headers()["cache-control"], path).toMatch(/^s-maxage=/);
    }
    // A malformed view shares the default view's entry instead of adding one per URL.
    const malformed = await request.get("/en/trade?series=%3Cscript%3E&view=nonsense");
    expect(malformed.headers()["x-nextjs-cache"]).toBe("HIT");
    for (const path of ["/en/sign-in", "/ru/sign-in?next=%2Fru%2Fmanage"]) {
      const response = await request.get(path);
      expect(response.headers()["x-nextjs-cache"], path).toBeUndefined();
      expect(response.headers()["cache-control"], path).toContain("no-store");
    }
  });

  test("serves the view its URL names, whatever view header the client sends", async ({ request }) => {
    const view = (query: string) => ({ "x-portal-view": Buffer.from(query).toString("base64url") });
    const all = await request.get("/en/summits", { headers: view("year=2024") });
    const twentyTwentyFour = await request.get("/en/summits?year=2024", { headers: view("year=2021") });
    const count = async (response: typeof all) => (await response.text()).match(/href="\/en\/summits\/[^"/]+"/g)?.length;
    expect(await count(all)).toBe(await count(await request.get("/en/summits")));
    expect(await count(twentyTwentyFour)).toBe(await count(await request.get("/en/summits?year=2024")));
    expect(await count(twentyTwentyFour)).toBeLessThan((await count(all))!);
  });
});
