import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants";
import config from "@/next.config";

describe("next.config.ts", () => {
  const before = process.env.PORTAL_SERVER;
  afterEach(() => {
    if (before === undefined) delete process.env.PORTAL_SERVER;
    else process.env.PORTAL_SERVER = before;
  });

  it("refuses a bare `next start` or `next dev`, saying what to run instead", () => {
    delete process.env.PORTAL_SERVER;
    for (const phase of [PHASE_PRODUCTION_SERVER, PHASE_DEVELOPMENT_SERVER]) expect(() => config(phase)).toThrow(/npm start/);
  });

  it("builds, and serves under scripts/serve.ts", () => {
    delete process.env.PORTAL_SERVER;
    expect(config(PHASE_PRODUCTION_BUILD).poweredByHeader).toBe(false);
    process.env.PORTAL_SERVER = "1";
    expect(config(PHASE_PRODUCTION_SERVER).poweredByHeader).toBe(false);
  });

  it("gives the production server with REDIS_URL the cache handler npm run build compiled, and nothing else a cache handler", () => {
    process.env.PORTAL_SERVER = "1";
    const redis = process.env.REDIS_URL;
    try {
      process.env.REDIS_URL = "redis://127.0.0.1:6379";
      expect(config(PHASE_PRODUCTION_SERVER).cacheHandler).toBe(path.resolve(".next/portal-server/lib/cache-handler.mjs"));
      expect(config(PHASE_PRODUCTION_BUILD).cacheHandler).toBeUndefined();
      delete process.env.REDIS_URL;
      expect(config(PHASE_PRODUCTION_SERVER).cacheHandler).toBeUndefined();
    } finally {
      if (redis === undefined) delete process.env.REDIS_URL;
      else process.env.REDIS_URL = redis;
    }
  });
});
