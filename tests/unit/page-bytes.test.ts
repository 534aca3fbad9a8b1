import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createPageBytes, pageEncoding } from "@/lib/ops/page-bytes";

const page = (marker: string) => `<!DOCTYPE html><p>${marker} — Узбекистан–Казахстан</p>${"x".repeat(20_000)}`;

describe("a large page's bytes, encoded once", () => {
  it("sends the page's UTF-8, and the same bytes each time the same page is sent", () => {
    const pageBytes = createPageBytes();
    const html = page("a");
    const first = pageBytes(html, "identity")!;
    expect(Buffer.isBuffer(first)).toBe(true);
    expect(first.equals(Buffer.from(html, "utf8"))).toBe(true);
    expect(first.toString("utf8")).toBe(html);
    expect(pageBytes(html, "identity")).toBe(first);
    // An equal page built anew (read back from Redis) finds them too.
    expect(pageBytes(html.slice(0, 10) + html.slice(10), "identity")).toBe(first);
    expect(pageBytes(page("b"), "identity")!.toString("utf8")).toBe(page("b"));
  });

  it("compresses a page once in each encoding, and each decompresses to the page", () => {
    const pageBytes = createPageBytes();
    const html = page("c");
    const br = pageBytes(html, "br")!;
    const gzip = pageBytes(html, "gzip")!;
    expect(brotliDecompressSync(br).toString("utf8")).toBe(html);
    expect(gunzipSync(gzip).toString("utf8")).toBe(html);
    expect(br.length).toBeLessThan(Buffer.byteLength(html) / 10);
    expect(pageBytes(html, "br")).toBe(br);
    expect(pageBytes(html, "gzip")).toBe(gzip);
    expect(pageBytes(html, "identity")!.toString("utf8")).toBe(html);
  });

  it("leaves short strings, bytes and nothing to be sent as they are", () => {
    const pageBytes = createPageBytes();
    expect(pageBytes("a short answer", "br")).toBeNull();
    expect(pageBytes(Buffer.from("already bytes"), "identity")).toBeNull();
    expect(pageBytes(undefined, "gzip")).toBeNull();
    expect(pageBytes(null, "identity")).toBeNull();
  });

  it("keeps no more than its budget: the page asked for longest ago is encoded again", () => {
    const pageBytes = createPageBytes({ minLength: 10, maxBytes: 3 * 3 * 21_000 });
    const pages = ["a", "b", "c", "d"].map(page);
    const sent = pages.map((html) => pageBytes(html, "identity")!);
    expect(pageBytes(pages[3]!, "identity")).toBe(sent[3]);
    const again = pageBytes(pages[0]!, "identity")!;
    expect(again).not.toBe(sent[0]);
    expect(again.equals(sent[0]!)).toBe(true);
  });
});

describe("the encoding of a page sent whole", () => {
  const exchange = (acceptEncoding: string | undefined, headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" }, method = "GET") => {
    const request = new IncomingMessage(new Socket());
    request.method = method;
    if (acceptEncoding !== undefined) request.headers["accept-encoding"] = acceptEncoding;
    const response = new ServerResponse(request);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    return pageEncoding(request, response);
  };

  it("is brotli for a browser, gzip for a client that takes only gzip, and none for one that asks for none", () => {
    expect(exchange("gzip, deflate, br, zstd")).toBe("br");
    expect(exchange("gzip, deflate")).toBe("gzip");
    expect(exchange("br;q=0.5, gzip")).toBe("gzip");
    expect(exchange("identity")).toBe("identity");
    expect(exchange(undefined)).toBe("identity");
  });

  it("is none for what must not or need not be compressed", () => {
    expect(exchange("br", { "content-type": "image/png" })).toBe("identity");
    expect(exchange("br", { "content-type": "text/html", "cache-control": "public, no-transform" })).toBe("identity");
    expect(exchange("br", { "content-type": "text/html", "content-encoding": "gzip" })).toBe("identity");
    expect(exchange("br", { "content-type": "text/html" }, "HEAD")).toBe("identity");
  });
});
