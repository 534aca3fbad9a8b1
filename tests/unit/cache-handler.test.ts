import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CacheHandlerValue, Handler } from "@fortedigital/nextjs-cache-handler/cache-handler.types";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import { redisWhileReachable } from "@/lib/cache-handler";

// One Redis (an in-memory stand-in that refuses every command while stopped, or while
// `failing`, and holds up its answers to reads until `answered`) behind two instances' cache
// handlers.
function cluster() {
  const connection = Object.assign(new EventEmitter(), { isReady: true });
  const store = createLruHandler();
  const expiredInRedis: string[] = [];
  const state = { failing: false, answered: Promise.resolve() };
  const up = <T>(command: () => Promise<T>) => (connection.isReady && !state.failing ? command() : Promise.reject(new Error("Redis client is not ready")));
  const redis: Handler = {
    name: "redis",
    get: (key, meta) =>
      up(async () => {
        const value = await store.get(key, meta);
        await state.answered;
        return value;
      }),
    set: (key, value, context) => up(() => store.set(key, value, context)),
    revalidateTag: (tag) => up(() => (expiredInRedis.push(tag), store.revalidateTag(tag))),
  };
  const a = redisWhileReachable(redis, connection);
  const b = redisWhileReachable(redis, connection);
  connection.emit("ready"); // as the client does once connected
  return Object.assign(state, {
    a,
    b,
    expiredInRedis,
    stop: () => void (connection.isReady = false),
    start: async () => {
      connection.isReady = true;
      connection.emit("ready");
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
}

const page = (body: string, tags = ["trade"]) =>
  ({
    lastModified: Date.now(),
    lifespan: null,
    tags,
    value: { kind: "FETCH", data: { headers: {}, body, url: "" }, revalidate: 3600 },
  }) as unknown as CacheHandlerValue;
const read = async (handler: Handler, key: string) =>
  ((await handler.get(key, { implicitTags: [] }))?.value as { data: { body: string } } | undefined)?.data.body;

describe("the shared cache handler", () => {
  afterEach(() => void vi.useRealTimers());

  it("shares entries, and their expiry within a quarter of a second, between instances while Redis answers", async () => {
    vi.useFakeTimers();
    const { a, b } = cluster();
    await a.set("/en/trade", page("$3.2 bn"));
    expect(await read(b, "/en/trade")).toBe("$3.2 bn");
    await a.revalidateTag("trade");
    expect(await read(a, "/en/trade"), "at once where it was expired").toBeUndefined();
    expect(await read(b, "/en/trade"), "B still serves what it read a moment ago").toBe("$3.2 bn");
    vi.advanceTimersByTime(250);
    expect(await read(b, "/en/trade")).toBeUndefined();
  });

  it("never keeps an answer from Redis that was under way during an expiry here", async () => {
    const redis = cluster();
    await redis.b.set("/en/trade", page("$3.2 bn"));
    let answer!: () => void;
    redis.answered = new Promise((resolve) => (answer = resolve));
    const reading = read(redis.a, "/en/trade"); // read before the expiry, answered after it
    await new Promise((resolve) => setImmediate(resolve));
    redis.answered = Promise.resolve();
    await redis.a.revalidateTag("trade");
    answer();
    expect(await reading).toBe("$3.2 bn");
    expect(await read(redis.a, "/en/trade")).toBeUndefined();
  });

  it("caches in each instance's own memory while Redis is down, starting empty", async () => {
    const { a, b, stop } = cluster();
    await a.set("/en/trade", page("$3.2 bn"));
    stop();
    expect(await read(a, "/en/trade"), "Redis's copy cannot be read; the page renders").toBeUndefined();
    await a.set("/en/trade", page("$3.2 bn, rendered during the outage"));
    expect(await read(a, "/en/trade")).toBe("$3.2 bn, rendered during the outage");
    expect(await read(b, "/en/trade")).toBeUndefined();
  });

  it("expires in Redis, once it is back, what was expired during the outage, and reads Redis again", async () => {
    const { a, b, stop, start, expiredInRedis } = cluster();
    await a.set("/en/trade", page("$3.2 bn"));
    await a.set("/en/targets", page("15", ["targets"]));
    stop();
    await a.set("/en/summits", page("rendered during the outage", ["events"]));
    await a.revalidateTag("trade");
    expect(expiredInRedis).toEqual([]);

    await start();
    expect(expiredInRedis).toEqual(["trade"]);
    expect(await read(b, "/en/trade"), "Redis's copy from before the edit").toBeUndefined();
    expect(await read(b, "/en/targets"), "untouched by the edit").toBe("15");
    expect(await read(a, "/en/summits"), "the outage's memory is dropped").toBeUndefined();
  });

  it("tells Redis on a later read of an expiry it failed to take while connected", async () => {
    const redis = cluster();
    const { a, b, expiredInRedis } = redis;
    await a.set("/en/trade", page("$3.2 bn"));
    redis.failing = true;
    await a.revalidateTag("trade");
    redis.failing = false;
    expect(await read(a, "/en/trade"), "not read from Redis until it knows").toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(expiredInRedis).toEqual(["trade"]);
    expect(await read(b, "/en/trade")).toBeUndefined();
  });
});
