import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { RedisClient } from "@/lib/redis";

// A per-address limit on the open-data API: a fixed window of `limit` requests per
// `windowSeconds`, counted by rate-limiter-flexible.

export type RateLimitResult = { allowed: boolean; limit: number; remaining: number; retryAfterSeconds: number };

export type RateLimiter = { check: (key: string) => Promise<RateLimitResult> };

/**
 * With a Redis client, the count is kept in Redis and shared by every instance behind the load
 * balancer; while Redis cannot be reached, a count in this process's memory stands in (the
 * insurance limiter), so the API keeps answering and keeps a limit. Without one, the count is
 * in this process's memory only (its keys expire with their window).
 */
export function createRateLimiter(options: { limit: number; windowSeconds: number; redis?: RedisClient | null; keyPrefix?: string }): RateLimiter {
  const { limit, redis, keyPrefix = "api-rate" } = options;
  const counting = { points: limit, duration: options.windowSeconds, keyPrefix };
  const memory = new RateLimiterMemory(counting);
  const limiter = redis
    ? new RateLimiterRedis({ ...counting, storeClient: redis, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter: memory })
    : memory;
  return {
    async check(key) {
      try {
        const counted = await limiter.consume(key);
        return { allowed: true, limit, remaining: counted.remainingPoints, retryAfterSeconds: 0 };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, limit, remaining: 0, retryAfterSeconds: Math.max(Math.ceil(refusal.msBeforeNext / 1000), 1) };
      }
    },
  };
}
