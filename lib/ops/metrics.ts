import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { hasBearerToken } from "@/lib/bearer-token";
import type { AppDatabase } from "@/lib/ops/app-database";

// Methods counted by name; anything else a client invents is one "OTHER" (bounded labels).
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
// What Next's x-nextjs-cache header says of a page served from its route cache.
const CACHE_RESULTS = new Set(["HIT", "STALE", "MISS"]);

/** One request as the server saw it end. */
export type ServedRequest = { method: string; route: string; status: number; seconds: number; cache: unknown };

/**
 * The server's Prometheus metrics, in a registry of their own: requests and their latency by
 * method, route template and status class; Next's route cache hits, stale hits and misses
 * by route; the database pool's connections (from `pool()`, read at each scrape); and
 * prom-client's default process metrics (CPU, memory, event loop lag, handles).
 */
export function createServerMetrics(pool: () => AppDatabase["pool"] | undefined) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ["method", "route", "status"] as const;
  const requests = new Counter({
    name: "portal_http_requests_total",
    help: "Requests answered, by method, route template and status class.",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "portal_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its response, by method, route template and status class.",
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const routeCache = new Counter({
    name: "portal_route_cache_total",
    help: "Pages Next answered from its route cache (hit, stale) or rendered into it (miss), by route template.",
    labelNames: ["route", "result"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "portal_db_pool_connections",
    help: "Connections of the database pool: open in all, idle, and in use (busy).",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const { totalCount = 0, idleCount = 0 } = pool() ?? {};
      this.set({ state: "total" }, totalCount);
      this.set({ state: "idle" }, idleCount);
      this.set({ state: "busy" }, totalCount - idleCount);
    },
  });
  new Gauge({
    name: "portal_db_pool_waiting_requests",
    help: "Queries waiting for a free connection of the database pool.",
    registers: [registry],
    collect() {
      this.set(pool()?.waitingCount ?? 0);
    },
  });

  return {
    registry,
    /** Counts a request once its response has ended. */
    observe({ method, route, status, seconds, cache }: ServedRequest): void {
      const labels = { method: METHODS.has(method) ? method : "OTHER", route, status: `${Math.floor(status / 100)}xx` };
      requests.inc(labels);
      duration.observe(labels, seconds);
      const result = String(cache ?? "").toUpperCase();
      if (CACHE_RESULTS.has(result)) routeCache.inc({ route, result: result.toLowerCase() });
    },
  };
}

/**
 * Whether /metrics answers a request with this Authorization header: 404 when METRICS_TOKEN
 * is unset (off by default), 401 without `Bearer <METRICS_TOKEN>`, else 200.
 */
export function metricsAccess(authorization: string | undefined, token: string | undefined): 200 | 401 | 404 {
  if (!token) return 404;
  return hasBearerToken(authorization, token) ? 200 : 401;
}
