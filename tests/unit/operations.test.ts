import { AsyncLocalStorage } from "node:async_hooks";
import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { readiness, redisAnswers } from "@/lib/ops/health";
import { anyFreePort } from "@/tests/support/free-port";
import { createLogger, loggedTarget, requestIdOf, withoutCredentials } from "@/lib/ops/logger";
import { metricsAccess } from "@/lib/ops/metrics";
import { OTHER_ROUTE, listAppRoutes, routeMatcher, routeOfAppFile } from "@/lib/ops/route-template";
import { shutdownTimeoutMs } from "@/lib/ops/shutdown";
import { serveCommand } from "@/lib/serve-command";

describe("route templates for the metrics", () => {
  const routeOf = routeMatcher([...listAppRoutes("app"), "/healthz", "/readyz", "/metrics"], { locale: routing.locales });

  it("names the template a path is served by, never the path itself", () => {
    expect(routeOf("/en/ventures/jv-x")).toBe("/[locale]/ventures/[id]");
    expect(routeOf("/ru/ventures/jv-y/")).toBe("/[locale]/ventures/[id]");
    expect(routeOf("/ru")).toBe("/[locale]");
    expect(routeOf("/en/summits/consultative-meeting-7")).toBe("/[locale]/summits/[slug]");
    expect(routeOf("/en/manage/ventures/jv-x/edit")).toBe("/[locale]/manage/ventures/[id]/edit");
    expect(routeOf("/api/v1/ventures.csv")).toBe("/api/v1/[dataset]");
    expect(routeOf("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(routeOf("/metrics")).toBe("/metrics");
  });

  it("prefers a fixed segment to a parameter, as Next routes", () => {
    expect(routeOf("/api/v1/openapi.json")).toBe("/api/v1/openapi.json");
    expect(routeOf("/en/manage/events/new")).toBe("/[locale]/manage/events/new");
    expect(routeOf("/en/summits/calendar.ics")).toBe("/[locale]/summits/calendar.ics");
  });

  it("counts what no route serves as one label, so a scanner cannot grow the metrics", () => {
    for (const path of ["/favicon.ico", "/wp-login.php", "/de/ventures", "/en/ventures/jv-x/extra", "/.env"]) expect(routeOf(path), path).toBe(OTHER_ROUTE);
    expect(routeOf("/_next/static/chunks/app-123.js")).toBe("/_next/static");
    expect(routeOf("/_next/image")).toBe("/_next");
  });

  it("reads the address of a route from its file under app/", () => {
    expect(routeOfAppFile("[locale]/(public)/ventures/[id]/page.tsx")).toBe("/[locale]/ventures/[id]");
    expect(routeOfAppFile("api/v1/[dataset]/route.ts")).toBe("/api/v1/[dataset]");
    expect(routeOfAppFile("dashboard/@stats/page.tsx")).toBe("/dashboard");
    expect(routeOfAppFile("[locale]/(public)/layout.tsx")).toBeNull();
    expect(routeOfAppFile("_components/page.tsx")).toBeNull();
  });
});

describe("the server's log", () => {
  function capture() {
    const lines: Record<string, unknown>[] = [];
    const requests = new AsyncLocalStorage<{ requestId: string }>();
    const logger = createLogger({ requests, destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    return { lines, logger, requests };
  }

  it("never writes cookies, authorization headers, passwords or secret settings", () => {
    const { lines, logger } = capture();
    logger.info(
      {
        req: { headers: { cookie: "next-auth.session-token=abc123", authorization: "Bearer tok-456", accept: "text/html" } },
        password: "hunter2",
        user: { email: "a@b.kz", passwordHash: "$argon2id$xyz" },
        env: { AUTH_SECRET: "auth-secret-789", DATABASE_URL: "postgresql://monitor:pg-pass@db:5432/monitor", PORT: "3000" },
      },
      "connecting to postgresql://monitor:pg-pass@db:5432/monitor",
    );
    logger.error({ err: new Error("connect failed: redis://:redis-pass@cache:6379") }, "failed");
    const text = JSON.stringify(lines);
    for (const secret of ["abc123", "tok-456", "hunter2", "$argon2id$xyz", "auth-secret-789", "pg-pass", "redis-pass"]) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({
      msg: "connecting to postgresql://monitor:[redacted]@db:5432/monitor",
      req: { headers: { accept: "text/html" } },
      env: { PORT: "3000" },
    });
    expect((lines[1]!.err as { message: string }).message).toBe("connect failed: redis://:[redacted]@cache:6379");
  });

  it("puts the request's id on every line logged while serving it, however deep", async () => {
    const { lines, logger, requests } = capture();
    await requests.run({ requestId: "req-1" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.error({ errorId: "e-1" }, "api/v1/countries: error e-1");
    });
    logger.info("outside a request");
    expect(lines[0]).toMatchObject({ requestId: "req-1", errorId: "e-1", level: 50 });
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("refuses an unknown LOG_LEVEL, naming the ones it knows", () => {
    expect(() => createLogger({ level: "verbose", requests: new AsyncLocalStorage() })).toThrow(/LOG_LEVEL must be one of .*debug.*; it is "verbose"/);
  });

  it("writes a request's query with the values of secret-looking parameters blanked", () => {
    expect(loggedTarget("/en/ventures?q=water&page=2")).toBe("/en/ventures?q=water&page=2");
    expect(loggedTarget("/reset?token=abc&email=a%40b.kz&api_key=k&password=p")).toBe(
      "/reset?token=[redacted]&email=a%40b.kz&api_key=[redacted]&password=[redacted]",
    );
    expect(loggedTarget("/api/auth/callback?code=xyz&state=s")).toBe("/api/auth/callback?code=[redacted]&state=s");
    expect(withoutCredentials("postgresql://postgres@127.0.0.1:5432/postgres")).toBe("postgresql://postgres@127.0.0.1:5432/postgres");
  });

  it("takes the request id from a trusted proxy only, and only a harmless one", () => {
    expect(requestIdOf("abc-123", true)).toBe("abc-123");
    expect(requestIdOf("abc-123", false)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf('forged\n{"level":60}', true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(undefined, true)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("health and metrics settings", () => {
  it("is ready only when every dependency answers, naming the ones that do not", async () => {
    const failures: string[] = [];
    const up = async () => {};
    const down = async () => Promise.reject(new Error("ECONNREFUSED"));
    expect(await readiness({ database: up, redis: up })).toEqual({ status: 200, body: { status: "ready", checks: { database: "ok", redis: "ok" } } });
    expect(await readiness({ database: down, redis: up }, (name) => failures.push(name))).toEqual({
      status: 503,
      body: { status: "unavailable", checks: { database: "unreachable", redis: "ok" }, unavailable: ["database"] },
    });
    expect(failures).toEqual(["database"]);
  });

  it("says why Redis is unreachable, for the log of a failed /readyz", async () => {
    const port = await anyFreePort();
    await expect(redisAnswers(`redis://127.0.0.1:${port}`)).rejects.toThrow(`ECONNREFUSED 127.0.0.1:${port}`);
  });

  it("answers /metrics only with the token, and not at all without one set", () => {
    expect(metricsAccess("Bearer s3cret", undefined)).toBe(404);
    expect(metricsAccess(undefined, "s3cret")).toBe(401);
    expect(metricsAccess("Bearer wrong!", "s3cret")).toBe(401);
    expect(metricsAccess("Bearer s3cret", "s3cret")).toBe(200);
  });

  it("reads the shutdown timeout in seconds and refuses nonsense", () => {
    expect(shutdownTimeoutMs(undefined)).toBe(10_000);
    expect(shutdownTimeoutMs("2.5")).toBe(2500);
    expect(() => shutdownTimeoutMs("ten")).toThrow('SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds (e.g. 10); it is "ten".');
  });

  it("runs the server npm run build compiled in production, with no TypeScript loader, and scripts/serve.ts through tsx in development", () => {
    expect(serveCommand({ host: "127.0.0.1" }, {})).toEqual(["--max-old-space-size=384", ".next/portal-server/scripts/serve.mjs", "--host", "127.0.0.1"]);
    expect(serveCommand({ dev: true }, {})).toEqual(["--import", "tsx/esm", "scripts/serve.ts", "--dev"]);
  });

  it("caps the production server's heap at HEAP_LIMIT_MB (384 unless set), leaves next dev alone and refuses nonsense", () => {
    const heapFlag = (args: string[]) => args.filter((arg) => arg.startsWith("--max-old-space-size"));
    expect(heapFlag(serveCommand({}, {}))).toEqual(["--max-old-space-size=384"]);
    expect(heapFlag(serveCommand({ host: "127.0.0.1" }, { HEAP_LIMIT_MB: "1024" }))).toEqual(["--max-old-space-size=1024"]);
    expect(heapFlag(serveCommand({ dev: true }, { HEAP_LIMIT_MB: "1024" }))).toEqual([]);
    for (const value of ["lots", "100", "384.5"])
      expect(() => serveCommand({}, { HEAP_LIMIT_MB: value })).toThrow(
        `HEAP_LIMIT_MB must be a whole number of megabytes, at least 192 (default 384); it is "${value}".`,
      );
  });
});
