import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { IncomingMessage, ServerResponse } from "node:http";
import compression from "compression";
import Negotiator from "negotiator";
import { LRUCache } from "lru-cache";

// Below this many characters a page is encoded on each request: it costs less than looking it up.
const MIN_LENGTH = 16_384;
// What the kept bytes may weigh, their pages' text counted too (two bytes a character at most).
const MAX_BYTES = 32 * 2 ** 20;

/** How a kept page is sent: as it is, or compressed in one of the encodings browsers ask for. */
export type PageEncoding = "identity" | "br" | "gzip";

type Kept = Partial<Record<PageEncoding, Buffer>>;

// Done once a page, so stronger than the per-request streams of scripts/serve.ts's compression
// (brotli 4, gzip 6). For a 136 kB page: brotli 6 in 9 ms, 10 % smaller than brotli 4; brotli 9
// would take 60 ms of the event loop for 2 % more.
const ENCODE: Record<PageEncoding, (bytes: Buffer) => Buffer> = {
  identity: (bytes) => bytes,
  br: (bytes) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => gzipSync(bytes, { level: 9 }),
};

/**
 * The bytes of each large page Next sends whole, encoded once. Next answers a cached page by
 * handing the response its HTML as one string (`res.end(html)`), which Node would encode to
 * UTF-8 again for every request, and the compression in front would compress again: a 260 kB
 * page was answered 476 times a second, 783 with its UTF-8 kept (docs/BENCHMARKS.md). The
 * same string gives the same bytes, so they are kept, by the string and the encoding, for as
 * long as the page is asked for; a string seen once costs one encoding, as before. Anything
 * that is not a long string gets null: it is sent as it is.
 */
export function createPageBytes({ minLength = MIN_LENGTH, maxBytes = MAX_BYTES } = {}): (chunk: unknown, encoding: PageEncoding) => Buffer | null {
  const size = (kept: Kept, text: string) => text.length * 2 + Object.values(kept).reduce((sum, bytes) => sum + bytes.length, 0);
  const cache = new LRUCache<string, Kept>({ maxSize: maxBytes, sizeCalculation: size });
  return (chunk, encoding) => {
    if (typeof chunk !== "string" || chunk.length < minLength) return null;
    const kept = cache.get(chunk) ?? {};
    let bytes = kept[encoding];
    if (!bytes) {
      const text = kept.identity ?? Buffer.from(chunk, "utf8");
      bytes = ENCODE[encoding](text);
      // Set again, so that the cache counts the new bytes.
      cache.set(chunk, { ...kept, identity: text, [encoding]: bytes });
    }
    return bytes;
  };
}

const OFFERED = ["br", "gzip", "identity"];
const PREFERRED = ["br", "gzip"];
// Among encodings a client accepts equally, the server's preference decides: negotiator takes it
// as a second argument (as compression passes it), which its published types leave out.
const negotiate = Negotiator.prototype.encoding as (this: Negotiator, available: string[], preferred: string[]) => string | undefined;

/**
 * The encoding a response about to be sent whole may take: what the compression in front would
 * compress (a compressible type, no `no-transform`, not already encoded), in the encoding the
 * client prefers among brotli and gzip, or "identity".
 */
export function pageEncoding(request: IncomingMessage, response: ServerResponse): PageEncoding {
  if (response.headersSent || response.getHeader("content-encoding") || request.method === "HEAD") return "identity";
  if (/(?:^|,)\s*no-transform\s*(?:,|$)/.test(String(response.getHeader("cache-control") ?? ""))) return "identity";
  if (!compression.filter(request as Parameters<typeof compression.filter>[0], response as Parameters<typeof compression.filter>[1])) return "identity";
  return (negotiate.call(new Negotiator(request), OFFERED, PREFERRED) as PageEncoding | undefined) ?? "identity";
}
