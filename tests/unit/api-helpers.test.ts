import { afterEach, describe, expect, it, vi } from "vitest";
import { etagOf, matchesIfNoneMatch } from "@/lib/api/etag";
import { parseParams } from "@/lib/api/params";
import type { IncomingMessage } from "node:http";
import { createRateLimiter } from "@/lib/api/rate-limit";
import { resolveClientAddress, trustedProxies } from "@/lib/client-address";
import { eventQuerySchema } from "@/lib/api/schemas";
import { pairCodes, ventureExportQuerySchema, ventureQuerySchema } from "@/lib/validation/venture-filters";

const params = (query: string) => new URLSearchParams(query);

describe("API parameters", () => {
  it("accepts the registry's filters and fills in the defaults", () => {
    const parsed = parseParams(ventureQuerySchema, params("pair=UZ-KZ&sector=AUTOMOTIVE&year=2021"));
    expect(parsed).toEqual({ ok: true, data: { pair: "UZ-KZ", sector: "AUTOMOTIVE", year: 2021, sort: "date", page: 1, limit: 25 } });
    expect(pairCodes("UZ-KZ")).toEqual(["KZ", "UZ"]);
  });

  it("names the parameter at fault: a bad value, an unknown name, a repeat", () => {
    const bad = (query: string) => {
      const parsed = parseParams(ventureQuerySchema, params(query));
      if (parsed.ok) throw new Error(`accepted ${query}`);
      return parsed.issues.map((i) => i.parameter);
    };
    expect(bad("limit=1000")).toEqual(["limit"]);
    expect(bad("pair=KZ-KZ")).toEqual(["pair"]);
    expect(bad("sector=ROCKETS&year=1800")).toEqual(["sector", "year"]);
    expect(bad("contry=KZ")).toEqual(["contry"]);
    expect(bad("country=KZ&country=UZ")).toEqual(["country"]);
    expect(bad("page=999")).toEqual(["page"]);
    expect(bad("page=0")).toEqual(["page"]);
  });

  it("lets a CSV download take up to 10,000 ventures but not more", () => {
    expect(parseParams(ventureExportQuerySchema, params("")).ok && ventureExportQuerySchema.parse({}).limit).toBe(10_000);
    expect(parseParams(ventureExportQuerySchema, params("limit=10001")).ok).toBe(false);
  });

  it("validates the other datasets' filters as strictly", () => {
    expect(parseParams(eventQuerySchema, params("kind=CONSULTATIVE_MEETING&host=UZ")).ok).toBe(true);
    expect(parseParams(eventQuerySchema, params("host=uz")).ok).toBe(false);
  });
});

describe("ETag", () => {
  it("is the same for the same body and differs for another", () => {
    expect(etagOf("a")).toBe(etagOf("a"));
    expect(etagOf("a")).not.toBe(etagOf("b"));
  });

  it("matches If-None-Match lists, weak forms and *", () => {
    const tag = etagOf("body");
    expect(matchesIfNoneMatch(`"x", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other"`, tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});

describe("rate limit", () => {
  afterEach(() => void vi.useRealTimers());

  it("allows the limit per window per address, then says how long to wait", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const limiter = createRateLimiter({ limit: 3, windowSeconds: 60 });
    const first = [await limiter.check("a"), await limiter.check("a"), await limiter.check("a")];
    expect(first.map((rate) => [rate.allowed, rate.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
    vi.advanceTimersByTime(15_000);
    expect(await limiter.check("a")).toEqual({ allowed: false, limit: 3, remaining: 0, retryAfterSeconds: 45 });
    expect((await limiter.check("b")).allowed).toBe(true);
    vi.advanceTimersByTime(45_000);
    expect(await limiter.check("a")).toEqual({ allowed: true, limit: 3, remaining: 2, retryAfterSeconds: 0 });
  });
});

describe("the client's address", () => {
  const request = (peer: string, forwarded?: string) =>
    ({
      socket: { remoteAddress: peer },
      connection: { remoteAddress: peer },
      headers: forwarded ? { "x-forwarded-for": forwarded } : {},
    }) as unknown as IncomingMessage;

  // The probe rotated X-Forwarded-For and passed 125 of 125 requests through a 120/min limit.
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const none = trustedProxies(undefined);
    expect(resolveClientAddress(request("203.0.113.5", "198.51.100.1"), none)).toBe("203.0.113.5");
    expect(resolveClientAddress(request("203.0.113.5", "198.51.100.2, 10.0.0.1"), none)).toBe("203.0.113.5");
  });

  it("believes X-Forwarded-For only as far as trusted proxies wrote it", () => {
    const trust = trustedProxies("loopback, 10.0.0.0/8");
    // nginx on 127.0.0.1 appended the address it saw; the client had written its own first.
    expect(resolveClientAddress(request("127.0.0.1", "1.2.3.4, 203.0.113.9"), trust)).toBe("203.0.113.9");
    expect(resolveClientAddress(request("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.1.2.3"), trust)).toBe("203.0.113.9");
    expect(resolveClientAddress(request("127.0.0.1"), trust)).toBe("127.0.0.1");
  });

  it("refuses a TRUSTED_PROXIES value that is not an address, a range or a known name", () => {
    expect(() => trustedProxies("everyone")).toThrow();
  });
});
