// Next's cache handler when REDIS_URL is set (`cacheHandler` in next.config.ts): the rendered
// pages and the cachedQuery data (lib/cache.ts) live in Redis, so an expired tag is expired for
// every instance at once. Next imports this module itself, outside its server bundle (through
// tsx, which scripts/serve.ts runs under). @fortedigital/nextjs-cache-handler does the work;
// what is ours is the key prefix and what happens while Redis cannot be reached.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import type { Handler } from "@fortedigital/nextjs-cache-handler/cache-handler.types";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { redisNamespace, sharedRedis } from "@/lib/redis";

type ConnectionState = { readonly isReady: boolean; on(event: "ready", listener: () => void): unknown };

/**
 * Redis while it answers. While it does not, a memory cache of this process's own, begun
 * empty (what it held before might have been expired by another instance meanwhile) and
 * dropped when Redis answers again. Tags expired meanwhile are expired in Redis before it is
 * read again, so its entries from before the outage never come back stale.
 */
export function redisWhileReachable(redis: Handler, connection: ConnectionState, createMemory: () => Handler = createLruHandler): Handler {
  let memory: Handler | null = null;
  const untold = new Set<string>(); // expired here, not yet in Redis
  let telling: Promise<void> | null = null;
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
    memory = null;
    return true;
  };
  const local = () => (memory ??= createMemory());

  return {
    name: "redis-while-reachable",
    async get(key, meta) {
      if (!shared()) return local().get(key, meta);
      // A failed read is a miss: the page renders from the database.
      return redis.get(key, meta).catch(() => null);
    },
    async set(key, value, context) {
      if (!shared()) return local().set(key, value, context);
      await redis.set(key, value, context).catch(() => undefined);
    },
    async revalidateTag(tag) {
      await memory?.revalidateTag(tag);
      untold.add(tag);
      if (connection.isReady) await tellRedis();
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
