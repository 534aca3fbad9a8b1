import { createClient } from "@redis/client";
import pg from "pg";

// /healthz and /readyz, answered by the server in front of Next (scripts/serve.ts) before any
// page code runs, so they answer during a database outage too. /healthz says the process
// is alive; /readyz says it can serve: PostgreSQL answers a query and, when REDIS_URL is
// set, Redis answers PING. A load balancer sends traffic to an instance only while /readyz is 200.

/** How long a dependency may take to answer before it counts as unreachable. */
export const CHECK_TIMEOUT_MS = 2000;

/** A dependency's check: resolves when it answers, rejects when it does not. */
export type Check = () => Promise<void>;

export type Readiness = { status: 200 | 503; body: { status: "ready" | "unavailable"; checks: Record<string, "ok" | "unreachable">; unavailable?: string[] } };

/** The body of /healthz: the process runs and its event loop turns. */
export const LIVENESS = { status: "ok" } as const;

/**
 * Runs every check at once and answers 200 when all pass, else 503 naming the ones that
 * did not (their errors go to `failed`, for the log: a probe's body names no host or error).
 */
export async function readiness(checks: Record<string, Check>, failed: (name: string, error: unknown) => void = () => {}): Promise<Readiness> {
  const names = Object.keys(checks);
  const results = await Promise.allSettled(names.map((name) => withTimeout(checks[name]!(), `${name} did not answer within ${CHECK_TIMEOUT_MS} ms`)));
  const unavailable = names.filter((name, i) => {
    const result = results[i]!;
    if (result.status === "rejected") failed(name, result.reason);
    return result.status === "rejected";
  });
  const body: Readiness["body"] = {
    status: unavailable.length ? "unavailable" : "ready",
    checks: Object.fromEntries(names.map((name) => [name, unavailable.includes(name) ? "unreachable" : "ok"])),
  };
  if (unavailable.length) body.unavailable = unavailable;
  return { status: unavailable.length ? 503 : 200, body };
}

/** The checks the portal's settings call for: the database always, Redis when REDIS_URL is set. */
export function dependencyChecks(databaseUrl: string, redisUrl: string | undefined): Record<string, Check> {
  return { database: () => databaseAnswers(databaseUrl), ...(redisUrl ? { redis: () => redisAnswers(redisUrl) } : {}) };
}

/** PostgreSQL accepts a connection on its own (not the app's pool, which may be busy) and answers SELECT 1. */
export async function databaseAnswers(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CHECK_TIMEOUT_MS, query_timeout: CHECK_TIMEOUT_MS });
  client.on("error", () => {}); // a connection lost after the check: nothing to do
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    await client.end().catch(() => {});
  }
}

/** Redis at `url` answers PING, on a connection of its own that is closed again. */
export async function redisAnswers(url: string): Promise<void> {
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: CHECK_TIMEOUT_MS, reconnectStrategy: false } });
  client.on("error", () => {}); // reported by the rejected connect or ping
  try {
    await client.connect();
    await client.ping();
  } finally {
    // A client whose connect failed is closed already, and destroy() would throw over its error.
    if (client.isOpen) client.destroy();
  }
}

function withTimeout(work: Promise<void>, message: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), CHECK_TIMEOUT_MS + 500)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
