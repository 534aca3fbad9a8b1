import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request as forward, type Server } from "node:http";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveCommand } from "@/lib/serve-command";
import { hasProductionBuild } from "@/lib/server-build";
import { createFreshDatabase, type FreshDatabase } from "@/tests/support/fresh-database";
import { freePortIn } from "@/tests/support/free-port";
import { createThrowawayRedis, type ThrowawayRedis } from "@/tests/support/throwaway-redis";
import { waitUntil } from "@/tests/support/wait-until";

// npm run test:cluster: two instances of the portal on one database and one Redis, behind a
// round-robin proxy, as docs/operations.md describes running several. Needs `next build` first.

const PAGE = "/en/trade?series=BILATERAL-KZ-UZ&view=table";
const FIGURE = "tf-kz-uz-2021-jan-oct";
const SECRET = "cluster-revalidate-secret";
const RATE_LIMIT = 10;
// Pages with a figure or name from the database, the first one edited by the tests.
const PAGES = [
  { path: PAGE, shows: "$3.2 bn" },
  { path: "/en", shows: "15" },
  { path: "/en/targets", shows: "15" },
  { path: "/ru/summits/consultative-meeting-7", shows: "Консультативная встреча" },
];
const UNREACHABLE = /\[redis\] \S+ is unreachable/g;
const BACK = /\[redis\] \S+ is back/g;

type Instance = { name: "a" | "b"; port: number; process: ChildProcess; output: string };

let redis: ThrowawayRedis;
let database: FreshDatabase;
let instances: Instance[] = [];
let proxy: Server;
let base: string;

beforeAll(async () => {
  if (!hasProductionBuild()) throw new Error("No production build: run `npm run build` first (npm run test:cluster does).");
  [redis, database] = await Promise.all([createThrowawayRedis(), createFreshDatabase()]);
  const proxyPort = await freePortIn(3400, 3419);
  base = `http://127.0.0.1:${proxyPort}`;
  const a = await startInstance("a", await freePortIn(proxyPort + 1, 3419));
  const b = await startInstance("b", await freePortIn(a.port + 1, 3419));
  instances = [a, b];
  proxy = roundRobin(instances);
  await new Promise<void>((resolve) => proxy.listen(proxyPort, "127.0.0.1", resolve));
  await Promise.all(
    instances.map((instance) =>
      waitUntil(
        async () => (await fetch(`http://127.0.0.1:${instance.port}/robots.txt`)).ok,
        90_000,
        () => instances.map((i) => `${i.name}: ${i.output.slice(-1500)}`).join("\n"),
      ),
    ),
  );
});

afterAll(async () => {
  proxy?.close();
  await Promise.all(instances.map(stopInstance));
  await redis?.remove();
  await database?.drop();
});

async function startInstance(name: Instance["name"], port: number): Promise<Instance> {
  const child = spawn(process.execPath, serveCommand({ host: "127.0.0.1" }), {
    env: {
      ...process.env,
      PORT: String(port),
      SITE_URL: base,
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      AUTH_SECRET: "cluster-test-secret-0123456789abcdefghij",
      REVALIDATE_SECRET: SECRET,
      TRUSTED_PROXIES: "127.0.0.1",
      API_RATE_LIMIT: String(RATE_LIMIT),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const instance: Instance = { name, port, process: child, output: "" };
  child.stdout?.on("data", (chunk) => (instance.output += chunk));
  child.stderr?.on("data", (chunk) => (instance.output += chunk));
  return instance;
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once("exit", resolve));
  instance.process.kill("SIGTERM");
  await exited;
}

/** The load balancer: each request to the next instance in turn, naming it in X-Served-By. */
function roundRobin(upstreams: Instance[]): Server {
  let turn = 0;
  return createServer((request, response) => {
    const upstream = upstreams[turn++ % upstreams.length]!;
    const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const headers = { ...request.headers, "x-forwarded-for": forwardedFor };
    const upstreamRequest = forward({ host: "127.0.0.1", port: upstream.port, method: request.method, path: request.url, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": upstream.name });
      answer.pipe(response);
    });
    upstreamRequest.on("error", () => response.writeHead(502).end());
    request.pipe(upstreamRequest);
  });
}

type Answer = { status: number; body: string; cache: string | null; rateRemaining: string | null; retryAfter: string | null };

/** The same request through the proxy twice in a row: once to each instance. */
async function throughEach(path: string, headers: Record<string, string> = {}): Promise<Record<Instance["name"], Answer>> {
  const answers: Partial<Record<Instance["name"], Answer>> = {};
  for (let i = 0; i < 2; i++) {
    const response = await fetch(base + path, { headers, redirect: "manual" });
    answers[response.headers.get("x-served-by") as Instance["name"]] = {
      status: response.status,
      body: await response.text(),
      cache: response.headers.get("x-nextjs-cache"),
      rateRemaining: response.headers.get("ratelimit-remaining"),
      retryAfter: response.headers.get("retry-after"),
    };
  }
  expect(Object.keys(answers).sort(), "round robin").toEqual(["a", "b"]);
  return answers as Record<Instance["name"], Answer>;
}

/** An edit as psql would make it, then the tag expired through instance A alone. */
async function editFigure(valueUsd: string): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`UPDATE "TradeFigure" SET "valueUsd" = $1 WHERE id = $2`, [valueUsd, FIGURE]);
  await client.end();
  const expired = await fetch(`http://127.0.0.1:${instances[0]!.port}/api/revalidate`, {
    method: "POST",
    headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
    body: JSON.stringify({ tags: ["trade"] }),
  });
  expect(expired.status).toBe(200);
}

/**
 * Polls instance B, which did not handle the edit, until it shows `shown`, failing after the
 * deadline; then both through the proxy. B is asked first, before A renders the page again,
 * so only an expiry that reached B counts (not a page A wrote back fresh).
 */
async function shownThroughBoth(shown: string, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const b = await fetch(`http://127.0.0.1:${instances[1]!.port}${PAGE}`);
    const body = await b.text();
    if (body.includes(shown)) break;
    if (Date.now() > deadline) throw new Error(`after ${deadlineMs} ms, b shows ${b.status} ${/\$\d+\.\d bn/.exec(body)?.[0] ?? "no figure"}, not ${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { a, b } = await throughEach(PAGE);
  expect([a.body.includes(shown), b.body.includes(shown)], shown).toEqual([true, true]);
}

describe("two instances behind a load balancer, one database, one Redis", () => {
  it("shows an edit made through one instance through both within a second", async () => {
    await editFigure("3200000000");
    await shownThroughBoth("$3.2 bn", 1000);
    const warm = await throughEach(PAGE);
    expect([warm.a.cache, warm.b.cache], "both serve the page from the shared cache").toEqual(["HIT", "HIT"]);

    await editFigure("3300000000");
    await shownThroughBoth("$3.3 bn", 1000);
  });

  it("counts the API's rate limit across both instances", async () => {
    const client = { "x-forwarded-for": "198.51.100.41" };
    const remaining: string[] = [];
    for (let i = 0; i < RATE_LIMIT / 2; i++) {
      const { a, b } = await throughEach("/api/v1/countries", client);
      expect([a.status, b.status]).toEqual([200, 200]);
      remaining.push(a.rateRemaining!, b.rateRemaining!);
    }
    // One count: each answer, from either instance, has one request fewer left.
    expect(remaining.map(Number)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    const { a, b } = await throughEach("/api/v1/countries", client);
    for (const refused of [a, b]) {
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(JSON.parse(refused.body)).toMatchObject({ error: "rate_limited" });
    }
    const other = await throughEach("/api/v1/countries", { "x-forwarded-for": "198.51.100.42" });
    expect([other.a.status, other.b.status]).toEqual([200, 200]);
  });

  it("keeps answering from the database while Redis is down, and shares again once it is back", async () => {
    await editFigure("3200000000");
    await shownThroughBoth("$3.2 bn", 1000);

    await redis.stop();
    for (const page of PAGES) {
      const { a, b } = await throughEach(page.path);
      expect([a.status, b.status], page.path).toEqual([200, 200]);
      for (const answer of [a, b]) expect(answer.body, page.path).toContain(page.shows);
    }
    const api = await throughEach("/api/v1/countries", { "x-forwarded-for": "198.51.100.43" });
    expect([api.a.status, api.b.status]).toEqual([200, 200]);
    expect(JSON.parse(api.a.body).items.length).toBeGreaterThan(0);

    // An edit during the outage: instance A shows it at once; instance B may still show what it
    // cached during the outage until Redis is back.
    await editFigure("3400000000");
    const during = await throughEach(PAGE);
    expect(during.a.body).toContain("$3.4 bn");

    await redis.start();
    // Redis restarts with its snapshot from before the edit: the expiry that A could not
    // send is sent when A reconnects (within a few seconds), and B serves the edit from then on.
    await shownThroughBoth("$3.4 bn", 15_000);
    await waitUntil(
      async () => instances.every((instance) => (instance.output.match(BACK) ?? []).length === 1),
      15_000,
      () => instances.map((i) => `${i.name}: ${i.output.slice(-1500)}`).join("\n"),
    );
    const shared = await throughEach(PAGE);
    expect([shared.a.cache, shared.b.cache], "served from Redis again").toEqual(["HIT", "HIT"]);

    await editFigure("3500000000");
    await shownThroughBoth("$3.5 bn", 1000);

    // The outage was logged once by each instance, not once per request.
    for (const instance of instances) expect(instance.output.match(UNREACHABLE), instance.name).toHaveLength(1);
    for (const instance of instances) expect(instance.output).not.toMatch(/uncaughtException|unhandledRejection/);
  });
});
