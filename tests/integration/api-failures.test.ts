import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
// One logger per process (on globalThis), the same instance the freshly imported handler logs to.
import { logger } from "@/lib/ops/logger";

// The data cache needs a running Next server; here every read goes straight to the database.
vi.mock("next/cache", () => ({ unstable_cache: <F>(load: F) => load, revalidateTag: vi.fn(), updateTag: vi.fn() }));

// lib/db.ts takes the client it finds on globalThis: each test puts the one it needs there.
const holder = globalThis as unknown as { prisma?: PrismaClient };
const seeded = createPrismaClient();
let client: PrismaClient | undefined;

/** GET /api/v1/countries through the handler, with lib/db's client reading `url` (the seeded database by default). */
async function getCountries(url?: string) {
  vi.resetModules();
  client = url ? createPrismaClient(url) : undefined;
  holder.prisma = client ?? seeded;
  const { handleDatasetRequest } = await import("@/lib/api/handler");
  const response = await handleDatasetRequest(new Request("http://localhost/api/v1/countries"), "countries");
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The seeded database's server with another database name or port. */
function elsewhere(change: (url: URL) => void): string {
  const url = new URL(process.env.DATABASE_URL!);
  change(url);
  return url.toString();
}

const STACK = /\bat \S+ \(|Error:|ECONNREFUSED|Prisma|postgres/;

afterEach(async () => {
  vi.restoreAllMocks();
  await client?.$disconnect();
  client = undefined;
  holder.prisma = seeded;
});

afterAll(() => seeded.$disconnect());

describe("the open-data API when a read fails", () => {
  it("answers 200 with the countries while the database is up", async () => {
    const { status, text } = await getCountries();
    expect(status).toBe(200);
    expect(JSON.parse(text).items.map((c: { code: string }) => c.code)).toContain("KZ");
  });

  it("answers 503 in JSON, with Retry-After, while the database cannot be reached", async () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => {});
    // Nothing listens on port 1: the connection is refused, as when PostgreSQL is down.
    const { status, headers, text } = await getCountries(elsewhere((url) => (url.port = "1")));
    expect(status).toBe(503);
    expect(headers.get("retry-after")).toBe("30");
    expect(headers.get("content-type")).toContain("application/json");
    expect(JSON.parse(text)).toEqual({ error: "unavailable", message: "The data is temporarily unavailable; try again shortly." });
    expect(text).not.toMatch(STACK);
    expect(log).toHaveBeenCalledWith({ route: "api/v1/countries" }, "api/v1/countries: the database is unreachable");
  });

  it("answers any other failure with a 500 in JSON whose error id is in the server log, not as an outage", async () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => {});
    // The server answers, but the database named does not exist: a fault of the deployment, not an outage.
    const { status, headers, text } = await getCountries(elsewhere((url) => (url.pathname = "/no_such_database_for_api_failures")));
    expect(status).toBe(500);
    expect(headers.get("retry-after")).toBeNull();
    expect(headers.get("access-control-allow-origin")).toBe("*");
    const body = JSON.parse(text) as { error: string; message: string; id: string };
    expect(body).toEqual({
      error: "internal",
      message: `The server failed to answer; quote error ${body.id} when reporting it.`,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(text).not.toMatch(STACK);
    // The same id stands in the log beside the error itself, with its stack.
    const logged = log.mock.calls.find((args) => args[1] === `api/v1/countries: error ${body.id}`)?.[0] as { errorId: string; err: Error };
    expect(logged.errorId).toBe(body.id);
    expect(logged.err).toBeInstanceOf(Error);
    expect(logged.err.stack).toBeTruthy();
  });
});
