import { describe, expect, it } from "vitest";
import { createPageBytes } from "@/lib/ops/page-bytes";

const page = (marker: string) => `<!DOCTYPE html><p>${marker} — Узбекистан–Казахстан</p>${"x".repeat(20_000)}`;

describe("a large page's bytes, encoded once", () => {
  it("sends the page's UTF-8, and the same bytes each time the same page is sent", () => {
    const pageBytes = createPageBytes();
    const html = page("a");
    const first = pageBytes(html) as Buffer;
    expect(Buffer.isBuffer(first)).toBe(true);
    expect(first.equals(Buffer.from(html, "utf8"))).toBe(true);
    expect(first.toString("utf8")).toBe(html);
    expect(pageBytes(html)).toBe(first);
    // An equal page built anew (read back from Redis) finds them too.
    expect(pageBytes(html.slice(0, 10) + html.slice(10))).toBe(first);
    expect((pageBytes(page("b")) as Buffer).toString("utf8")).toBe(page("b"));
  });

  it("leaves short strings, bytes and nothing as they are", () => {
    const pageBytes = createPageBytes();
    const bytes = Buffer.from("already bytes");
    expect(pageBytes("a short answer")).toBe("a short answer");
    expect(pageBytes(bytes)).toBe(bytes);
    expect(pageBytes(undefined)).toBeUndefined();
    expect(pageBytes(null)).toBeNull();
  });

  it("keeps no more than its budget: the page asked for longest ago is encoded again", () => {
    const pageBytes = createPageBytes({ minLength: 10, maxBytes: 3 * 3 * 21_000 });
    const pages = ["a", "b", "c", "d"].map(page);
    const sent = pages.map((html) => pageBytes(html));
    expect(pageBytes(pages[3]!)).toBe(sent[3]);
    const again = pageBytes(pages[0]!) as Buffer;
    expect(again).not.toBe(sent[0]);
    expect(again.equals(sent[0] as Buffer)).toBe(true);
  });
});
