// What an operator's tools ask the server in front of Next (scripts/serve.ts): the health
// checks a load balancer polls, the metrics Prometheus scrapes, the request id that ties a
// response to its log lines. The e2e server trusts 127.0.0.1 as the proxy in front
// (TRUSTED_PROXIES), so a request from 127.0.0.2 is a client without one.
import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_METRICS_TOKEN } from "@/tests/e2e/shared";

const SUMMIT_ROUTE = "/[locale]/summits/[slug]";

/** The value of one series of /metrics, 0 when it has not been counted yet. */
async function metric(request: APIRequestContext, series: string): Promise<number> {
  const response = await request.get("/metrics", { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(response.status()).toBe(200);
  const line = (await response.text()).split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

test.describe("operations", () => {
  test("/healthz answers 200 while the process runs", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("/readyz answers 200 with the database reachable", async ({ request }) => {
    const response = await request.get("/readyz");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready", checks: { database: "ok" } });
  });

  test("/metrics answers only with the token", async ({ request }) => {
    expect((await request.get("/metrics")).status()).toBe(401);
    const wrong = await request.get("/metrics", { headers: { authorization: "Bearer not-the-token" } });
    expect(wrong.status()).toBe(401);
    expect(await wrong.text()).not.toContain("portal_");
    const right = await request.get("/metrics", { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
    expect(right.status()).toBe(200);
    expect(right.headers()["content-type"]).toContain("text/plain");
    const text = await right.text();
    for (const name of ["portal_http_requests_total", "portal_http_request_duration_seconds_bucket", "portal_db_pool_connections", "process_cpu_seconds_total"])
      expect(text, name).toContain(name);
  });

  test("a page request is counted under its route template, and its cache hit too", async ({ request }) => {
    const counted = `portal_http_requests_total{method="GET",route="${SUMMIT_ROUTE}",status="2xx"}`;
    const hits = `portal_route_cache_total{route="${SUMMIT_ROUTE}",result="hit"}`;
    const page = "/ru/summits/consultative-meeting-7";
    expect((await request.get(page)).status()).toBe(200); // now in the route cache, if no spec put it there before
    const before = { counted: await metric(request, counted), hits: await metric(request, hits) };
    const again = await request.get(page);
    expect(again.status()).toBe(200);
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await metric(request, counted)).toBe(before.counted + 1);
    expect(await metric(request, hits)).toBe(before.hits + 1);
    // No label per path: the summit's slug is nowhere in the metrics.
    const text = await (await request.get("/metrics", { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } })).text();
    expect(text).not.toContain("consultative-meeting-7");
  });

  test("echoes the proxy's X-Request-Id, and gives every other request one of its own", async ({ request }) => {
    const fromProxy = await request.get("/en", { headers: { "x-request-id": "nginx-4f2a9c" } });
    expect(fromProxy.headers()["x-request-id"]).toBe("nginx-4f2a9c");

    const generated = (await request.get("/healthz")).headers()["x-request-id"];
    expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((await request.get("/healthz")).headers()["x-request-id"]).not.toBe(generated);

    // A client that is not the trusted proxy cannot choose the id its request is logged under.
    const base = new URL(test.info().project.use.baseURL!);
    const untrusted = await new Promise<string | string[] | undefined>((resolve, reject) => {
      const sent = httpRequest(
        { host: base.hostname, port: base.port, path: "/healthz", localAddress: "127.0.0.2", headers: { "x-request-id": "chosen-by-client" } },
        (response) => {
          response.resume();
          resolve(response.headers["x-request-id"]);
        },
      );
      sent.on("error", reject);
      sent.end();
    });
    expect(untrusted).not.toBe("chosen-by-client");
    expect(untrusted).toMatch(/^[0-9a-f-]{36}$/);
  });
});
