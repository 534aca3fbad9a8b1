import { LRUCache } from "lru-cache";

// Below this many characters a page is encoded on each request: it costs less than looking it up.
const MIN_LENGTH = 16_384;
// What the kept bytes may weigh, their pages' text counted too (two bytes a character at most).
const MAX_BYTES = 32 * 2 ** 20;

/**
 * The UTF-8 bytes of each large page Next sends whole, encoded once. Next answers a cached
 * page by handing the response its HTML as one string (`res.end(html)`), which Node encodes
 * again for every request: a 260 kB page was answered 476 times a second, 783 with its
 * bytes kept (docs/BENCHMARKS.md). The same string gives the same bytes, so the bytes are kept, by the
 * string, for as long as the page is asked for; a string seen once costs one encoding, as
 * before. Anything that is not a long string is returned as it is.
 */
export function createPageBytes({ minLength = MIN_LENGTH, maxBytes = MAX_BYTES } = {}): (chunk: unknown) => unknown {
  const kept = new LRUCache<string, Buffer>({ maxSize: maxBytes, sizeCalculation: (bytes, text) => bytes.length + text.length * 2 });
  return (chunk) => {
    if (typeof chunk !== "string" || chunk.length < minLength) return chunk;
    let bytes = kept.get(chunk);
    if (!bytes) kept.set(chunk, (bytes = Buffer.from(chunk, "utf8")));
    return bytes;
  };
}
