import { describe, expect, it } from "vitest";
import { scriptChunks } from "@/scripts/bench-bundles";

describe("first-load JavaScript of a page", () => {
  it("counts each external Next chunk once and skips the noModule polyfills and inline scripts", () => {
    const html = [
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/page.js"/>',
      '<script src="/_next/static/chunks/page.js?dpl=abc" async=""></script>',
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      "<script>self.__next_f.push([1,\"x\"])</script>",
      '<script src="https://example.org/analytics.js"></script>',
    ].join("");
    expect(scriptChunks(html)).toEqual(["/_next/static/chunks/main.js", "/_next/static/chunks/page.js"]);
  });
});
