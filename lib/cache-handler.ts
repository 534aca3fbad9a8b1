// Next's cache handler when REDIS_URL is set (`cacheHandler` in next.config.ts): the rendered
// pages and the cachedQuery data (lib/cache.ts) live in Redis, so a tag expired on one instance
// is expired on every instance within RECENT_MS. Next imports this module itself, outside its
// server bundle, on every request: `npm run build` compiles it beside the server
// (lib/server-build.ts), with which it shares lib/redis.ts. @fortedigital/nextjs-cache-handler does the work;
// what is ours is the key prefix, the short memory in front, and what happens while Redis
// cannot be reached.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import type { CacheHandlerValue, Handler } from "@fortedigital/nextjs-cache-handler/cache-handler.types";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { redisNamespace, sharedRedis } from "@/lib/redis";

type ConnectionState = { readonly isReady: boolean; on(event: "ready", listener: () => void): unknown };

// An entry read from Redis is served from this process's memory for this long after: a busy
// page costs a Redis read (and the page's JSON) a few times a second instead of on every
// request, and an expiry made on another instance still shows here within it.
const RECENT_MS = 250;
const RECENT_MAX = 200;

/**
 * Redis while it answers, each entry read kept in memory for RECENT_MS (forgotten at once on
 * an expiry made here). While it does not, a memory cache of this process's own, begun
 * empty (what it held before might have been expired by another instance meanwhile) and
 * dropped when Redis answers again. Tags expired meanwhile are expired in Redis before it is
 * read again, so its entries from before the outage never come back stale.
 */
export function redisWhileReachable(redis: Handler, connection: ConnectionState, createMemory: () => Handler = createLruHandler): Handler {
  let memory: Handler | null = null;
  const untold = new Set<string>(); // expired here, not yet in Redis
  let telling: Promise<void> | null = null;
  const recent = new Map<string, { value: CacheHandlerValue; readAt: number }>();
  let expiries = 0; // a read from Redis begun before an expiry here is not kept
  const remember = (key: string, value: CacheHandlerValue) => {
    const now = Date.now();
    if (recent.size >= RECENT_MAX) for (const [k, entry] of recent) if (now - entry.readAt >= RECENT_MS) recent.delete(k);
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(key, { value, readAt: now });
  };
  const sendUntold = async () => {
    try {
      while (untold.size > 0 && connection.isReady) {
        const tag = untold.values().next().value as string;
        await redis.revalidateTag(tag);
        untold.delete(tag);
      }
    } catch {
      // unreachable again: sent on the next "ready", expiry or read
    }
  };
  // One sending at a time; `finally` runs after the assignment even when nothing is awaited.
  const tellRedis = () => (telling ??= sendUntold().finally(() => (telling = null)));
  connection.on("ready", () => void tellRedis());
  const shared = () => {
    if (!connection.isReady) return false;
    if (untold.size > 0) {
      void tellRedis();
      return false;
    }
    if (memory) {
      memory = null;
      recent.clear();
    }
    return true;
  };
  const local = () => (memory ??= createMemory());

  return {
    name: "redis-while-reachable",
    async get(key, meta) {
      if (!shared()) return local().get(key, meta);
      const kept = recent.get(key);
      if (kept && Date.now() - kept.readAt < RECENT_MS) return kept.value;
      const before = expiries;
      // A failed read is a miss: the page renders from the database.
      const value = await redis.get(key, meta).catch(() => null);
      if (value && before === expiries) remember(key, value);
      return value;
    },
    async set(key, value, context) {
      if (!shared()) return local().set(key, value, context);
      recent.delete(key);
      await redis.set(key, value, context).catch(() => undefined);
    },
    async revalidateTag(tag) {
      const forget = () => {
        expiries += 1;
        recent.clear();
      };
      forget();
      await memory?.revalidateTag(tag);
      untold.add(tag);
      if (connection.isReady) await tellRedis();
      forget(); // and what was read while Redis was deleting
    },
    async delete(key) {
      await memory?.delete?.(key);
      await redis.delete?.(key).catch(() => undefined);
    },
    async prepare() {
      await redis.prepare?.().catch(() => undefined);
    },
  };
}

CacheHandler.onCreation(({ buildId }) => {
  const client = sharedRedis();
  if (!client) throw new Error("lib/cache-handler.ts needs REDIS_URL (next.config.ts sets it as the cache handler only then).");
  // A new build, or another database, starts from an empty cache.
  const redis = createRedisHandler({ client, keyPrefix: `${redisNamespace()}:${buildId ?? "no-build"}:`, timeoutMs: 1000 });
  return { handlers: [redisWhileReachable(redis, client)] };
});

export default CacheHandler;
