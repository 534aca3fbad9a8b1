// The security probe's findings (issue 13), each as the request the probe sent, against the
// production server. Requests that must arrive exactly as written (an undecoded path, a
// chosen source address) go through node:http; the e2e server trusts 127.0.0.1 as the proxy
// in front (TRUSTED_PROXIES, tests/e2e/server.ts), so a client on 127.0.0.2 is one without.
import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_REVALIDATE_SECRET } from "@/tests/e2e/shared";
import { createAccount, E2E_PASSWORD, signIn, withE2eDatabase } from "@/tests/e2e/sign-in";
import { eventFormInput, initiativeFormInput, sourceFormInput, targetFormInput } from "@/tests/factories/records";
import { ventureFormInput } from "@/tests/factories/ventures";
import { formFields, postWorkspaceForm, signInOverHttp } from "@/tests/support/staff-over-http";

type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** One request sent exactly as given, from `localAddress` (127.0.0.1 unless said). */
function raw(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  localAddress?: string;
}): Promise<RawResponse> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
        localAddress: options.localAddress,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

test.describe("hostile input", () => {
  // The critical finding: one anonymous request with a field named "x.4294967294" stalled
  // every other request for 160 s (any cookie value passed the proxy's redirect). Both
  // answers must come within the test's own timeout: on the old parser neither did.
  test("an action posted with a huge list position is refused with 400 while a public page keeps answering", async () => {
    const probe = postWorkspaceForm({
      base: new URL(test.info().project.use.baseURL!).origin,
      path: "/en/manage/users",
      action: "createUserAction",
      cookie: "next-auth.session-token=anything",
      fields: { email: "probe@example.org", name: "Probe", role: "ADMIN", password: "x".repeat(16), "x.4294967294": "a" },
    });
    const parallel = raw({ path: "/en/summits" });
    const [refused, answered] = await Promise.all([probe, parallel]);
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("This form could not be read");
    expect(answered.status).toBe(200);
  });

  test("a NUL in a page's parameter is a 400 page naming it; in the API a 400 naming it, not an outage", async () => {
    const page = await raw({ path: "/en/ventures?q=%00" });
    expect(page.status).toBe(400);
    expect(page.body).toContain("“q” contains a control character");
    const russian = await raw({ path: "/ru/search?q=%00" });
    expect(russian.status).toBe(400);
    expect(russian.body).toContain("«q»");
    const api = await raw({ path: "/api/v1/ventures?q=%00" });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ error: "invalid_parameter", parameter: "q" });
    expect(api.body).toContain('"q"');
  });

  test("a page answers PUT, DELETE, PATCH and OPTIONS with 405 and Allow", async () => {
    for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const response = await raw({ method, path: "/en/ventures" });
      expect(response.status, method).toBe(405);
      expect(response.headers["allow"]).toBe("GET, HEAD, POST");
    }
    // The API keeps its own answers: a CORS preflight is allowed there.
    expect((await raw({ method: "OPTIONS", path: "/api/v1/ventures" })).status).toBe(204);
  });

  test("the framing header follows the path Next routes, not the raw one", async () => {
    const response = await raw({ path: "/embed/%2e%2e/en/manage" });
    expect(String(response.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
    expect(response.headers["x-frame-options"]).toBe("DENY");
    const embed = await raw({ path: "/embed/trade" });
    expect(String(embed.headers["content-security-policy"])).toContain("frame-ancestors *");
  });
});

test.describe("markup typed by staff", () => {
  // What a careless page would turn into elements; each part marks the element it would make.
  const MARKUP = `<script data-injected>alert("script")</script><img data-injected src=x onerror=alert("img")><iframe data-injected src="javascript:alert('frame')"></iframe>`;

  test("is shown on the public pages as the characters typed, and none of it runs", async ({ page, request }) => {
    const base = new URL(test.info().project.use.baseURL!).origin;
    const editor = await createAccount("EDITOR");
    const cookie = await signInOverHttp(base, editor.email, E2E_PASSWORD);
    const text = `${MARKUP} ${randomUUID().slice(0, 8)}`;
    type Row = { id: string; slug?: string };
    // Each kind of record, saved through its workspace form, with the markup in a field its public page shows.
    const records = [
      {
        kind: "ventures",
        action: "createVentureAction",
        input: ventureFormInput({ nameEn: text }),
        table: "JointVenture",
        column: "nameEn",
        page: (r: Row) => `/en/ventures/${r.id}`,
      },
      {
        kind: "initiatives",
        action: "createInitiativeAction",
        input: initiativeFormInput({ titleEn: text }),
        table: "Initiative",
        column: "titleEn",
        page: (r: Row) => `/en/initiatives/${r.id}`,
      },
      {
        kind: "events",
        action: "createEventAction",
        input: eventFormInput({ summaryEn: text }),
        table: "Event",
        column: "summaryEn",
        page: (r: Row) => `/en/summits/${r.slug}`,
      },
      {
        kind: "sources",
        action: "createSourceAction",
        input: sourceFormInput({ titleEn: text }),
        table: "Source",
        column: "titleEn",
        page: (r: Row) => `/en/sources/${r.id}`,
      },
      {
        kind: "targets",
        action: "createTargetAction",
        input: targetFormInput({ setByEn: text }),
        table: "Target",
        column: "setByEn",
        page: (r: Row) => `/en/targets/${r.id}`,
      },
    ];
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const saved: { table: string; id: string }[] = [];
    try {
      for (const record of records) {
        const response = await postWorkspaceForm({
          base,
          path: `/en/manage/${record.kind}/new`,
          action: record.action,
          cookie,
          fields: formFields(record.input),
        });
        const { rows } = await withE2eDatabase((client) => client.query<Row>(`SELECT * FROM "${record.table}" WHERE "${record.column}" = $1`, [text]));
        // Stored as typed: nothing stripped or escaped on the way in.
        expect(rows, `${record.kind}: ${response.status} ${response.body.slice(0, 300)}`).toHaveLength(1);
        saved.push({ table: record.table, id: rows[0]!.id });
        await page.goto(record.page(rows[0]!));
        await expect(page.getByText(text, { exact: true }).first(), record.kind).toBeVisible();
        await expect(page.locator("[data-injected]"), record.kind).toHaveCount(0);
      }
      expect(dialogs).toEqual([]);
    } finally {
      // The last page's header links are prefetched: a list rendered while these records
      // existed and stored after the expiry below would be kept as fresh, so let them land first.
      await page.waitForLoadState("networkidle");
      // Later specs count the seeded records; partners, participants and citations cascade.
      await withE2eDatabase(async (client) => {
        for (const { table, id } of saved) await client.query(`DELETE FROM "${table}" WHERE id = $1`, [id]);
      });
      const expired = await request.post("/api/revalidate", { data: { tags: ["public-data"] }, headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` } });
      expect(expired.status()).toBe(200);
    }
  });
});

test.describe("the client's address", () => {
  // 125 of 125 requests passed a 120/min limit when each named another X-Forwarded-For.
  test("is the socket's peer for a client without a trusted proxy, so a rotated X-Forwarded-For does not reset the limit", async () => {
    const ask = (i: number) => raw({ path: "/api/v1/countries", headers: { "x-forwarded-for": `203.0.113.${i % 250}` }, localAddress: "127.0.0.2" });
    const first = await ask(0);
    const limit = Number(first.headers["ratelimit-limit"]);
    expect(limit).toBeGreaterThan(0);
    let refused: RawResponse | undefined;
    for (let i = 1; i <= limit && !refused; i += 1) {
      const response = await ask(i);
      if (response.status === 429) refused = response;
    }
    expect(refused?.status).toBe(429);
    // Another client is not affected.
    expect((await raw({ path: "/api/v1/countries", localAddress: "127.0.0.3" })).status).toBe(200);
  });
});

test.describe("the workspace's script policy", () => {
  test("runs only scripts carrying this response's nonce, and the workspace works under it", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const signInPage = await page.request.get("/en/sign-in");
    const policy = signInPage.headers()["content-security-policy"]!;
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src"))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
    const html = await signInPage.text();
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/ventures/new");
    await page.getByRole("link", { name: "Trade figures" }).first().click();
    await page.waitForURL(/\/en\/manage\/trade-figures/);
    expect(violations).toEqual([]);
  });
});

test.describe("sign-in", () => {
  /** One sign-in attempt through next-auth's own route, as the form makes it; the error it reports, or null. */
  async function attempt(email: string, password: string, localAddress: string, forwardedFor: string): Promise<string | null> {
    const csrf = await raw({ path: "/api/auth/csrf", localAddress });
    const cookie = ([csrf.headers["set-cookie"]].flat().filter(Boolean) as string[]).map((c) => c.split(";")[0]).join("; ");
    const response = await raw({
      method: "POST",
      path: "/api/auth/callback/credentials",
      localAddress,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwardedFor },
      body: new URLSearchParams({ csrfToken: JSON.parse(csrf.body).csrfToken, email, password, json: "true" }).toString(),
    });
    return new URL(JSON.parse(response.body).url).searchParams.get("error");
  }

  // The probe sprayed 12 accounts from one client, rotating X-Forwarded-For, and was never throttled.
  test("throttles one client spraying accounts, whatever X-Forwarded-For it writes", async () => {
    const errors: (string | null)[] = [];
    for (let i = 0; i < 14; i += 1) errors.push(await attempt(`nobody-${i}@mintrade.kz`, "guess", "127.0.0.4", `198.51.100.${i}`));
    expect(errors.slice(0, 10)).toEqual(Array(10).fill("invalid"));
    expect(errors.at(-1)).toMatch(/^throttled:\d+$/);
  });

  // The probe: after signing out, a copied session cookie still created a source.
  test("signing out ends the session: a copy of its cookie no longer opens the workspace", async ({ page }) => {
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage");
    const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
    const copied = `${session.name}=${session.value}`;
    expect((await raw({ path: "/en/manage", headers: { cookie: copied } })).status).toBe(200);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(/\/en\/sign-in/);
    const after = await raw({ path: "/en/manage", headers: { cookie: copied } });
    expect(after.status).toBe(307);
    expect(after.headers.location).toContain("/en/sign-in");
  });
});
