// The portal's HTTP server (what `npm start` and `npm run dev` run, after scripts/start.ts has
// the database ready; lib/serve-command.ts starts it): Next's own request handler, with three
// things in front of it. It answers 503 while PostgreSQL is down (lib/outage.ts), which Next
// cannot decide once a page streams; it sets the security headers (lib/security-headers.ts);
// and it marks requests with a query string for proxy.ts's matcher. `--dev` serves `next dev`;
// PORT (3000) and `--host <address>` (all interfaces) say where to listen.
//
// Next is told its host is "localhost" whatever `--host` says. Its proxy sees every request at
// localhost (Next turns 127.x into that), and a rewrite to a host other than Next's own is
// forwarded over HTTP instead of served in place: under `next start -H 127.0.0.1` every
// filtered list (lib/query-route.ts) was requested twice.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { responseDuringOutage } from "@/lib/outage";
import { securityHeaders } from "@/lib/security-headers";

// Named in proxy.ts's matcher.
const QUERY_HEADER = "x-portal-query";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostArg = process.argv.indexOf("--host");
const host = hostArg > 0 ? process.argv[hostArg + 1] : undefined;
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" }); // before Next and React load
const { default: next } = await import("next");

const app = next({ dev, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const headersFor = securityHeaders(!dev);

let origin = ""; // this server on a loopback address, once it listens
const server = createServer(async (request, response) => {
  for (const [name, value] of headersFor(request.url ?? "/")) response.setHeader(name, value);
  // proxy.ts runs for a list page only when its URL has a query (its matcher cannot tell by itself).
  if (request.url?.includes("?")) request.headers[QUERY_HEADER] = "1";
  else delete request.headers[QUERY_HEADER];
  try {
    const replacement = await responseDuringOutage(request, origin);
    if (replacement) return await send(response, replacement);
  } catch (error) {
    console.error("[serve] outage check failed; passing the request to Next", error);
  }
  await handle(request, response);
});

server.listen(port, host, () => {
  const { address } = server.address() as AddressInfo;
  const loopback = address === "::" || address === "0.0.0.0" ? "127.0.0.1" : address;
  origin = `http://${loopback.includes(":") ? `[${loopback}]` : loopback}:${port}`;
  console.log(`[serve] ${dev ? "next dev" : "Production build"} on ${host ? origin : `http://localhost:${port}`}`);
});

async function send(response: ServerResponse, answer: Response): Promise<void> {
  const headers: Record<string, string | string[]> = Object.fromEntries(answer.headers);
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  response.writeHead(answer.status, headers);
  if (!answer.body) return void response.end();
  Readable.fromWeb(answer.body as import("node:stream/web").ReadableStream).pipe(response);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
