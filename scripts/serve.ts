// The portal's HTTP server (what `npm start` and `npm run dev` run, after scripts/start.ts has
// the database ready; lib/serve-command.ts starts it): Next's own request handler, with these
// things in front of it. It resolves the client's address from the socket and the proxies
// in TRUSTED_PROXIES (lib/client-address.ts), overwriting what the client wrote; it answers
// 405 to methods no page takes; it answers 503 while PostgreSQL is down (lib/outage.ts),
// which Next cannot decide once a page streams; it sets the security headers
// (lib/security-headers.ts); it names the view of a page whose view is in its query
// string (lib/query-route.ts); it compresses what it sends (next.config.ts turns Next's own
// compression off), and sends each large cached page's bytes encoded and compressed once
// (lib/ops/page-bytes.ts). For operations it answers /healthz, /readyz and /metrics
// itself (lib/ops/health.ts, lib/ops/metrics.ts), gives each request an id (X-Request-Id)
// that every log line written while serving it carries, logs one JSON line per request
// (lib/ops/logger.ts), and stops gracefully on SIGTERM (lib/ops/shutdown.ts). `--dev` serves
// `next dev`; PORT (3000) and `--host <address>` (all interfaces) say where to listen.
//
// Next is told its host is "localhost" whatever `--host` says. Its proxy sees every request at
// localhost (Next turns 127.x into that), and a proxy's rewrite to a host other than Next's
// own is forwarded over HTTP instead of served in place (under `next start -H 127.0.0.1`,
// when proxy.ts rewrote the filtered lists, each was requested twice).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "node:url";
import { Readable } from "node:stream";
import compression from "compression";
import { CLIENT_ADDRESS_HEADER, fromTrustedProxy, resolveClientAddress, trustedProxies } from "@/lib/client-address";
import { databaseUrl } from "@/lib/database-url";
import { routing } from "@/lib/i18n/routing";
import { appDatabase } from "@/lib/ops/app-database";
import { LIVENESS, dependencyChecks, readiness } from "@/lib/ops/health";
import { inRequest, loggedTarget, logger, requestIdOf } from "@/lib/ops/logger";
import { createServerMetrics, metricsAccess } from "@/lib/ops/metrics";
import { listAppRoutes, routeMatcher } from "@/lib/ops/route-template";
import { shutDownOnSignals, shutdownTimeoutMs } from "@/lib/ops/shutdown";
import { createPageBytes, pageEncoding } from "@/lib/ops/page-bytes";
import { responseDuringOutage } from "@/lib/outage";
import { badAddressPage } from "@/lib/plain-page";
import { PATH_LOCALE_HEADER, pathLocale } from "@/lib/i18n/path-locale";
import { parameterWithControlCharacters } from "@/lib/validation/fields";
import { securityHeaders } from "@/lib/security-headers";
import { queryView, tidyFormUrl } from "@/lib/query-route";
import { VIEW_HEADER } from "@/lib/view-rewrite";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostArg = process.argv.indexOf("--host");
const host = hostArg > 0 ? process.argv[hostArg + 1] : undefined;
const shutdownTimeout = shutdownTimeoutMs(process.env.SHUTDOWN_TIMEOUT_SECONDS);
// Before Next and React load; next.config.ts refuses to serve without PORTAL_SERVER.
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production", PORTAL_SERVER: "1" });
const { default: next } = await import("next");

const app = next({ dev, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const headersFor = securityHeaders(!dev);
const trust = trustedProxies(process.env.TRUSTED_PROXIES);
// Pages answer GET and HEAD, and POST for their server actions; the API and the other
// route handlers answer for themselves (Next gives them 405 with Allow).
const PAGE_METHODS = new Set(["GET", "HEAD", "POST"]);
const ROUTE_HANDLERS = /^\/(api|_next)\//;
// Answered here, before Next: they work while the database is down, and cost no render.
const OPERATIONS: Record<string, (request: IncomingMessage) => Promise<Response>> = {
  "/healthz": async () => Response.json(LIVENESS, { headers: { "Cache-Control": "no-store" } }),
  "/readyz": async () => {
    const ready = await readiness(checks, (name, error) => logger.warn({ err: error }, `readyz: ${name} is unreachable`));
    return Response.json(ready.body, { status: ready.status, headers: { "Cache-Control": "no-store" } });
  },
  "/metrics": async (request) => {
    const access = metricsAccess(request.headers.authorization, process.env.METRICS_TOKEN);
    if (access === 404) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    if (access === 401)
      return new Response("Not authorised\n", { status: 401, headers: { "WWW-Authenticate": "Bearer", "Content-Type": "text/plain; charset=utf-8" } });
    return new Response(await metrics.registry.metrics(), { headers: { "Content-Type": metrics.registry.contentType, "Cache-Control": "no-store" } });
  },
};
const checks = dependencyChecks(databaseUrl(), process.env.REDIS_URL);
const metrics = createServerMetrics(() => appDatabase()?.pool);
const pageBytes = createPageBytes();
// Brotli or gzip, as the client prefers; it closes its stream when a client goes away.
const compress = compression();
const routeOf = routeMatcher([...listAppRoutes("app"), ...Object.keys(OPERATIONS)], { locale: routing.locales });

let origin = ""; // this server on a loopback address, once it listens
const server = createServer((request, response) => {
  const started = performance.now();
  const requestId = requestIdOf(request.headers["x-request-id"], fromTrustedProxy(request, trust));
  request.headers["x-request-id"] = requestId;
  response.setHeader("X-Request-Id", requestId);
  const target = request.url ?? "/";
  response.once("close", () => {
    const seconds = (performance.now() - started) / 1000;
    const status = response.statusCode;
    const route = routeOf(target.split("?")[0]!);
    metrics.observe({ method: request.method ?? "GET", route, status, seconds, cache: response.getHeader("x-nextjs-cache") });
    const line = { requestId, method: request.method, path: loggedTarget(target), status, durationMs: Math.round(seconds * 10_000) / 10 };
    logger.info(response.writableFinished ? line : { ...line, aborted: true }, "request");
  });
  void inRequest(requestId, () => serve(request, response));
});

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const operation = OPERATIONS[(request.url ?? "/").split("?")[0]!];
  if (operation) {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      return void response.end("Method not allowed\n");
    }
    return await send(response, await operation(request));
  }
  for (const [name, value] of headersFor(request.url ?? "/")) response.setHeader(name, value);
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request, trust);
  delete request.headers["x-real-ip"];
  if (!PAGE_METHODS.has(request.method ?? "GET") && !ROUTE_HANDLERS.test(request.url ?? "/")) {
    response.writeHead(405, { Allow: [...PAGE_METHODS].join(", "), "Content-Type": "text/plain; charset=utf-8" });
    return void response.end("Method not allowed\n");
  }
  // A NUL in a page's parameter is refused here, naming it (the API answers for itself with JSON).
  const [pathname = "/", query] = (request.url ?? "/").split(/\?(.*)/s);
  const badParameter = query && !ROUTE_HANDLERS.test(pathname) ? parameterWithControlCharacters(query) : null;
  if (badParameter !== null) return await send(response, badAddressPage(pathLocale(pathname), badParameter, pathname));
  const url = query ? new URL(request.url!, "http://localhost") : null;
  // A filter or comparison form's empty and add-only fields leave the address a reader shares
  // (a form submits as a document request; the client router's own requests are left alone).
  const tidy = url && request.method === "GET" && !request.headers.rsc ? tidyFormUrl(url) : null;
  if (tidy) return await send(response, new Response(null, { status: 303, headers: { Location: tidy } }));
  // A view kept in the query string is served from its own cached route (lib/query-route.ts).
  const view = url ? queryView(url) : null;
  if (view) request.headers[VIEW_HEADER] = view;
  else delete request.headers[VIEW_HEADER];
  request.headers[PATH_LOCALE_HEADER] = pathLocale(pathname);
  try {
    const replacement = await responseDuringOutage(request, origin);
    if (replacement) return await send(response, replacement);
  } catch (error) {
    logger.error({ err: error }, "outage check failed; passing the request to Next");
  }
  compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {});
  const reading = request.method === "GET" || request.method === "HEAD";
  if (reading) sendPageBytes(request, response);
  if (reading && !request.headers.rsc && !ROUTE_HANDLERS.test(pathname))
    renderNotFoundOnServer(response, () => handle(request, response, parse(`/${pathLocale(pathname)}/_not-found`, true)));
  await handle(request, response);
}

/**
 * A page Next sends as one string goes out as the bytes kept for it (lib/ops/page-bytes.ts),
 * compressed already when the client takes it so; the compression then passes them through.
 */
function sendPageBytes(request: IncomingMessage, response: ServerResponse): void {
  const end = response.end as (...args: unknown[]) => ServerResponse;
  response.end = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof rest[0] === "string" && !/^utf-?8$/i.test(rest[0])) return end.call(response, chunk, ...rest);
    const encoding = pageEncoding(request, response);
    const bytes = pageBytes(chunk, encoding);
    if (!bytes) return end.call(response, chunk, ...rest);
    // The last part of a page already streamed goes into the stream as it was begun.
    if (!response.headersSent) {
      // The compression adds "Vary: Accept-Encoding" for every such page, kept or not.
      if (encoding !== "identity") response.setHeader("Content-Encoding", encoding);
      response.setHeader("Content-Length", bytes.length);
    }
    return end.call(response, bytes, ...rest);
  }) as typeof response.end;
}

/**
 * Next 16 sends the 404 of a page that calls notFound() (a missing record) as an empty
 * document that only JavaScript fills in (vercel/next.js#62228), while its not-found route
 * (app/global-not-found.tsx, which unknown paths get) is rendered on the server. So a 404 document
 * from a page is dropped unsent and that route is rendered in its place. Navigations in the
 * browser (requests with an `rsc` header) are left to Next, whose client renders them.
 */
function renderNotFoundOnServer(response: ServerResponse, renderNotFound: () => Promise<void>): void {
  const sending = { writeHead: response.writeHead, flushHeaders: response.flushHeaders, write: response.write, end: response.end };
  const ours = new Set(response.getHeaderNames());
  let replaced: boolean | undefined;
  // Decided when Next first sends anything (its compression sends the head from end()).
  const replacing = (status = response.statusCode) => (replaced ??= status === 404 && /^text\/html/.test(String(response.getHeader("content-type"))));
  response.writeHead = ((status: number, ...rest: unknown[]) =>
    replacing(status) ? response : (sending.writeHead as (...args: unknown[]) => ServerResponse).call(response, status, ...rest)) as typeof response.writeHead;
  response.flushHeaders = () => void (replacing() || sending.flushHeaders.call(response));
  response.write = ((...args: Parameters<typeof response.write>) => replacing() || sending.write.apply(response, args)) as typeof response.write;
  response.end = ((...args: Parameters<typeof response.end>) => {
    if (!replacing()) return sending.end.apply(response, args);
    Object.assign(response, sending);
    for (const name of response.getHeaderNames()) if (!ours.has(name)) response.removeHeader(name);
    // Next's second render on this response adds its "close" listeners again: not a leak.
    response.setMaxListeners(response.getMaxListeners() * 2);
    renderNotFound().catch((error: unknown) => {
      logger.error({ err: error }, "the not-found page failed");
      if (!response.headersSent) response.statusCode = 404;
      response.end();
    });
    return response;
  }) as typeof response.end;
}

server.listen(port, host, () => {
  const { address } = server.address() as AddressInfo;
  const loopback = address === "::" || address === "0.0.0.0" ? "127.0.0.1" : address;
  origin = `http://${loopback.includes(":") ? `[${loopback}]` : loopback}:${port}`;
  logger.info(`${dev ? "next dev" : "Production build"} on ${host ? origin : `http://localhost:${port}`}`);
});

async function send(response: ServerResponse, answer: Response): Promise<void> {
  const headers: Record<string, string | string[]> = Object.fromEntries(answer.headers);
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  response.writeHead(answer.status, headers);
  if (!answer.body) return void response.end();
  Readable.fromWeb(answer.body as import("node:stream/web").ReadableStream).pipe(response);
}

shutDownOnSignals(server, {
  timeoutMs: shutdownTimeout,
  log: logger,
  cleanUp: async () => await appDatabase()?.disconnect(),
  exit: (code) => process.exit(code),
});
