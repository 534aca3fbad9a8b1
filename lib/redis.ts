import { createHash } from "node:crypto";
import { createClient, type RedisClientType } from "@redis/client";

// Redis, when REDIS_URL is set, holds what several instances behind one load balancer must
// share: Next's cache (lib/cache-handler.ts) and the open-data API's rate limit
// (lib/api/rate-limit.ts). Without it both live in the process's memory, as with one instance.

export type RedisClient = RedisClientType;

const SHARED = Symbol.for("camon.redis");

/**
 * The process's one Redis client, or null without REDIS_URL. Next loads its cache handler
 * outside the server bundle that holds the API, so the client is kept on globalThis for both
 * to find, and an outage is logged once per process.
 */
export function sharedRedis(): RedisClient | null {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  const store = globalThis as { [SHARED]?: RedisClient };
  return (store[SHARED] ??= connectRedis(url));
}

/**
 * A client that connects in the background and reconnects for ever (every 2 s at most),
 * logging the first failure of each outage and the return, never each retry or request.
 * Commands fail at once while it is not connected (no offline queue): every user falls back
 * to its own memory rather than wait.
 */
export function connectRedis(url: string, log: Pick<Console, "log" | "error"> = console): RedisClient {
  const where = describeRedisUrl(url);
  const client: RedisClient = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
  let reachable: boolean | undefined;
  client.on("ready", () => {
    log.log(
      reachable === false
        ? `[redis] ${where} is back: the cache and the API rate limit are shared again`
        : `[redis] ${where}: the cache and the API rate limit are shared through it`,
    );
    reachable = true;
  });
  client.on("error", (error: Error & { code?: string }) => {
    if (reachable === false) return;
    reachable = false;
    log.error(
      `[redis] ${where} is unreachable (${error.code ?? error.message}): pages render from the database and are cached, and the API rate limit counts, in this process only until it is back`,
    );
  });
  client.connect().catch(() => undefined); // reported by the "error" event
  return client;
}

/**
 * The start of every key the portal writes to Redis: instances share what they read from the
 * same database (the same DATABASE_URL), and a test's fresh database never sees another's.
 */
export function redisNamespace(databaseUrl = process.env.DATABASE_URL ?? ""): string {
  return `camon:${createHash("sha256").update(databaseUrl).digest("hex").slice(0, 16)}`;
}

/** The server's address without its password, for the log. */
export function describeRedisUrl(url: string): string {
  try {
    const { protocol, host, pathname } = new URL(url);
    return `${protocol}//${host}${pathname === "/" ? "" : pathname}`;
  } catch {
    return "REDIS_URL (unparsable)";
  }
}
