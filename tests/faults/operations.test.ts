// The server in front of Next as an operator's tools see it, where a fault has to be made:
// /readyz while PostgreSQL is stopped, a stop (SIGTERM) with a request under way, and the log
// lines themselves. Needs `next build` first, like the other fault tests.
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveCommand } from "@/lib/serve-command";
import { hasProductionBuild } from "@/lib/server-build";
import { freePortIn } from "@/tests/support/free-port";
import { createThrowawayPostgres, type ThrowawayPostgres } from "@/tests/support/throwaway-postgres";
import { waitUntil } from "@/tests/support/wait-until";

const REVALIDATE_SECRET = "faults-revalidate-secret";

let cluster: ThrowawayPostgres;
let server: ChildProcess;
let port: number;
let base: string;
let output = "";

/** The server's log lines that are JSON (Next prints a few plain lines of its own at start). */
function logLines(): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

beforeAll(async () => {
  if (!hasProductionBuild()) throw new Error("No production build: run `npm run build` first (npm run test:faults does).");
  cluster = await createThrowawayPostgres(); // no schema needed: nothing here reads a table
  const from = Number(process.env.PORT ?? 3700);
  port = await freePortIn(from, from + 99);
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, serveCommand({ host: "127.0.0.1" }), {
    env: {
      ...process.env,
      PORT: String(port),
      SITE_URL: base,
      DATABASE_URL: cluster.url,
      AUTH_SECRET: "faults-test-secret-0123456789abcdef",
      REVALIDATE_SECRET,
      TRUSTED_PROXIES: "127.0.0.1",
      SHUTDOWN_TIMEOUT_SECONDS: "30",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  await waitUntil(
    async () => (await fetch(`${base}/healthz`)).ok,
    60_000,
    () => output,
  );
});

afterAll(async () => {
  if (server?.exitCode === null) server.kill("SIGKILL");
  await cluster?.remove();
});

describe("the server's operations", () => {
  it("logs each request as one JSON line carrying the request's id", async () => {
    const response = await fetch(`${base}/healthz?token=abc123`, { headers: { "x-request-id": "faults-request-1" } });
    expect(response.headers.get("x-request-id")).toBe("faults-request-1");
    await waitUntil(
      () => logLines().some((line) => line.requestId === "faults-request-1"),
      5000,
      () => output,
    );
    expect(logLines().find((line) => line.requestId === "faults-request-1")).toMatchObject({
      level: 30,
      msg: "request",
      method: "GET",
      path: "/healthz?token=[redacted]",
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(output).not.toContain("abc123");
  });

  it("answers /readyz 503 naming the database while PostgreSQL is down, and 200 once it is back", async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    await cluster.stop();
    const down = await fetch(`${base}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "unavailable", checks: { database: "unreachable" }, unavailable: ["database"] });
    expect(logLines().some((line) => line.msg === "readyz: database is unreachable" && line.level === 40)).toBe(true);
    // The process itself is fine: a load balancer takes it out of rotation, nobody restarts it.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await cluster.start();
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it("on SIGTERM refuses new connections, finishes the request under way, and exits 0", async () => {
    const body = JSON.stringify({ tags: ["trade"] });
    // A request whose body is still to come: `Expect: 100-continue` makes the server say when
    // it has the request (the "100 Continue"), and the route handler then waits for the body.
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (chunk) => (received += chunk));
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.write(
      [
        "POST /api/revalidate HTTP/1.1",
        `Host: 127.0.0.1:${port}`,
        `Authorization: Bearer ${REVALIDATE_SECRET}`,
        "Content-Type: application/json",
        `Content-Length: ${Buffer.byteLength(body)}`,
        "Expect: 100-continue",
        "X-Request-Id: slow-request",
        "",
        "",
      ].join("\r\n"),
    );
    await waitUntil(
      () => received.startsWith("HTTP/1.1 100 Continue"),
      10_000,
      () => output,
    );
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));

    server.kill("SIGTERM");
    await waitUntil(
      () => logLines().some((line) => String(line.msg).startsWith("shutdown: refusing new connections")),
      10_000,
      () => output,
    );
    const refused = await new Promise<string>((resolve) => {
      const late = connect(port, "127.0.0.1");
      late.once("connect", () => (late.destroy(), resolve("connected")));
      late.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
    });
    expect(refused).toBe("ECONNREFUSED");
    expect(server.exitCode).toBeNull(); // still serving the request under way

    socket.write(body);
    await closed; // the server closes the connection once the answer is sent
    expect(received).toMatch(/HTTP\/1\.1 200 OK/);
    expect(received).toContain('{"ok":true,"expired":["trade"]}');
    expect(await exited).toBe(0);

    const messages = logLines().map((line) => line.msg);
    const steps = [
      "shutdown: refusing new connections, waiting for the requests under way",
      "shutdown: every request finished",
      "shutdown: database disconnected",
      "shutdown: exiting",
    ];
    expect(messages.filter((message) => steps.includes(String(message)))).toEqual(steps);
    expect(logLines().find((line) => line.requestId === "slow-request")).toMatchObject({ msg: "request", path: "/api/revalidate", status: 200 });
  });
});
