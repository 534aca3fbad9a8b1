/**
 * How a page whose view is in its query string reaches the route cached per view
 * (lib/query-route.ts): scripts/serve.ts names the view in this header, and this rewrite,
 * which next.config.ts hands to Next, serves the request from `<path>/view/<view>` while the
 * address bar keeps the public URL. A rewrite done by Next's router costs a regular
 * expression; done by proxy.ts it cost a proxy run per request (docs/BENCHMARKS.md). No
 * imports: next.config.ts loads this file before the app's path aliases exist.
 */
export const VIEW_HEADER = "x-portal-view";

export const VIEW_REWRITE = {
  source: "/:path*",
  has: [{ type: "header" as const, key: VIEW_HEADER, value: "(?<view>[A-Za-z0-9_-]+)" }],
  destination: "/:path*/view/:view",
};
