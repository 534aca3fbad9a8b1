/** A page of a list as the caller asks for it: 1-based page number and rows per page. */
export type PageRequest = { page: number; pageSize: number };

/** A page of a list with the size of the whole filtered set. */
export type PageOf<Item> = { items: Item[]; total: number; page: number; pageSize: number };

/** No list query returns more rows at once, whatever a caller asks for. */
export const MAX_PAGE_SIZE = 500;

/** The rows a page of a workspace list shows. */
export const STAFF_PAGE_SIZE = 25;

/** What a workspace list's search box matches in a text column: the words anywhere in it, case aside. */
export const containsText = (q: string) => ({ contains: q, mode: "insensitive" as const });

/**
 * The skip/take of a page, its size capped at MAX_PAGE_SIZE. A list whose own schema caps its
 * pages otherwise (the venture registry's CSV: 10,000 rows) passes that cap.
 */
export function pageWindow({ page, pageSize }: PageRequest, maxPageSize = MAX_PAGE_SIZE): { skip: number; take: number } {
  const take = Math.min(Math.max(pageSize, 1), maxPageSize);
  return { skip: (Math.max(page, 1) - 1) * take, take };
}

/**
 * One page of a list with the size of the whole filtered set, read at once: `rows` reads the
 * page's window (pageWindow's skip and take), `count` what the filters match.
 */
export async function readPage<Item>(
  request: PageRequest,
  rows: (window: { skip: number; take: number }) => Promise<Item[]>,
  count: () => Promise<number>,
): Promise<PageOf<Item>> {
  const window = pageWindow(request);
  const [items, total] = await Promise.all([rows(window), count()]);
  return { items, total, page: request.page, pageSize: window.take };
}

/** How many pages the list has (one, even when it is empty). */
export function pageCount({ total, pageSize }: { total: number; pageSize: number }): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The pages of a list one after another, MAX_PAGE_SIZE rows each, up to the last or up to
 * `maxRows`: for the exports, which give the filtered set without one unbounded query or one huge body.
 */
export async function* eachPage<Item>(list: (request: PageRequest) => Promise<PageOf<Item>>, maxRows = Infinity): AsyncGenerator<Item[], void> {
  for (let page = 1, read = 0; ; page += 1) {
    const result = await list({ page, pageSize: MAX_PAGE_SIZE });
    const items = result.items.slice(0, maxRows - read);
    read += items.length;
    yield items;
    if (result.items.length < MAX_PAGE_SIZE || read >= result.total || read >= maxRows) return;
  }
}
