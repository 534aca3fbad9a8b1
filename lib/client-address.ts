import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

// The client's address, for the API's rate limit and the sign-in throttle. A client writes
// X-Forwarded-For itself, so it is believed only as far as it was written by a proxy this
// portal trusts (TRUSTED_PROXIES), the way Express and nginx's realip module decide:
// walking from the socket's peer towards the client, the first address that is not a
// trusted proxy is the client's. With no trusted proxy that is the socket's peer.

/**
 * TRUSTED_PROXIES as proxy-addr understands it: comma-separated addresses or CIDR ranges,
 * or the names loopback, linklocal and uniquelocal (e.g. "loopback, 10.0.0.0/8").
 * Unset or empty trusts no proxy. Throws on a value that is none of these.
 */
export function trustedProxies(setting: string | undefined): (address: string, hop: number) => boolean {
  const list = (setting ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return proxyaddr.compile(list);
}

/** The address of the client behind a request that reached this server's socket. */
export function resolveClientAddress(request: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  return proxyaddr(request, trust);
}

/**
 * The header through which the server in front (scripts/serve.ts) passes the resolved
 * address on; it overwrites whatever the client sent there, so code behind it can read it.
 */
export const CLIENT_ADDRESS_HEADER = "x-forwarded-for";

/** The client's address as the server in front resolved it; "unknown" outside that server (a test calling a handler). */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  return (Array.isArray(value) ? value[0] : value)?.trim() || "unknown";
}

/** Whether the request came straight from a proxy in TRUSTED_PROXIES, whose own headers (X-Request-Id) are believed. */
export function fromTrustedProxy(request: IncomingMessage, trust: (address: string, hop: number) => boolean): boolean {
  const peer = request.socket.remoteAddress;
  return peer !== undefined && trust(peer, 0);
}
