import { describe, expect, it } from "vitest";
import { eachPage, MAX_PAGE_SIZE, pageCount, pageWindow, readPage, type PageRequest } from "@/lib/paging";
import { textStream } from "@/lib/export/stream";

// A list of `total` numbered rows, paged as the list queries page.
function numbers(total: number, asked: PageRequest[]) {
  return async (request: PageRequest) => {
    asked.push(request);
    const { skip, take } = pageWindow(request);
    const items = Array.from({ length: Math.max(0, Math.min(take, total - skip)) }, (_, i) => skip + i + 1);
    return { items, total, page: request.page, pageSize: take };
  };
}

describe("paging", () => {
  it("skips the earlier pages and caps a page at 500 rows", () => {
    expect(pageWindow({ page: 3, pageSize: 25 })).toEqual({ skip: 50, take: 25 });
    expect(pageWindow({ page: 2, pageSize: 10_000 })).toEqual({ skip: MAX_PAGE_SIZE, take: MAX_PAGE_SIZE });
    // The venture registry's CSV, whose schema allows 10,000 rows, raises the cap for itself.
    expect(pageWindow({ page: 1, pageSize: 10_000 }, 10_000)).toEqual({ skip: 0, take: 10_000 });
    expect(pageCount({ total: 2_011, pageSize: 25 })).toBe(81);
    expect(pageCount({ total: 0, pageSize: 25 })).toBe(1);
  });

  it("reads 1,201 rows for an export in three pages, every row once, and stops there", async () => {
    const asked: PageRequest[] = [];
    const rows: number[] = [];
    for await (const page of eachPage(numbers(1_201, asked))) rows.push(...page);
    expect(rows).toEqual(Array.from({ length: 1_201 }, (_, i) => i + 1));
    expect(asked.map((r) => r.page)).toEqual([1, 2, 3]);
  });

  it("asks once for an exact multiple of the page size when the total says it is done", async () => {
    const asked: PageRequest[] = [];
    let count = 0;
    for await (const page of eachPage(numbers(1_000, asked))) count += page.length;
    expect(count).toBe(1_000);
    expect(asked).toHaveLength(2);
  });

  it("reads a page through its window with the count of the whole set, and says the page size it used", async () => {
    const windows: { skip: number; take: number }[] = [];
    const page = await readPage(
      { page: 3, pageSize: 10_000 },
      async (window) => (windows.push(window), ["row"]),
      async () => 1_201,
    );
    expect(windows).toEqual([{ skip: 2 * MAX_PAGE_SIZE, take: MAX_PAGE_SIZE }]);
    expect(page).toEqual({ items: ["row"], total: 1_201, page: 3, pageSize: MAX_PAGE_SIZE });
  });

  it("stops at the row limit an export sets, mid-page, without asking for more", async () => {
    const asked: PageRequest[] = [];
    const rows: number[] = [];
    for await (const page of eachPage(numbers(5_000, asked), 1_200)) rows.push(...page);
    expect(rows).toEqual(Array.from({ length: 1_200 }, (_, i) => i + 1));
    expect(asked.map((r) => r.page)).toEqual([1, 2, 3]);
  });

  it("streams the parts of a body as UTF-8, in order", async () => {
    async function* parts() {
      yield "\uFEFFa,b\r\n";
      yield "Ташкент,1\r\n";
    }
    const bytes = await new Response(textStream(parts())).arrayBuffer();
    // Response.text() would drop the byte-order mark that Excel needs; read it as it is.
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe("\uFEFFa,b\r\nТашкент,1\r\n");
  });
});
