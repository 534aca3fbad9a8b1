// A per-address limit on the open-data API, kept in this process's memory: a fixed window of
// `limit` requests per `windowMs`. Enough for one server; several instances would each
// count on their own (a shared store would be needed there).

export type RateLimitResult = { allowed: boolean; limit: number; remaining: number; retryAfterSeconds: number };

export type RateLimiter = { check: (key: string, now?: number) => RateLimitResult };

export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    check(key, now = Date.now()) {
      let window = windows.get(key);
      if (!window || now - window.start >= options.windowMs) {
        // Forget expired windows before the map grows past its bound (many addresses, one process).
        if (windows.size >= maxKeys) for (const [k, w] of windows) if (now - w.start >= options.windowMs) windows.delete(k);
        if (windows.size >= maxKeys) windows.delete(windows.keys().next().value as string);
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      const allowed = window.count <= options.limit;
      return {
        allowed,
        limit: options.limit,
        remaining: Math.max(options.limit - window.count, 0),
        retryAfterSeconds: allowed ? 0 : Math.max(Math.ceil((window.start + options.windowMs - now) / 1000), 1),
      };
    },
  };
}
