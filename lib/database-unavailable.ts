import { createConnection } from "node:net";
import { databaseUrl } from "@/lib/database-url";

import { DATABASE_UNAVAILABLE } from "@/lib/database-unavailable-digest";

/** Thrown by the data layer when PostgreSQL cannot be reached; carries a digest that survives to the client. */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE;
  constructor(cause?: unknown) {
    super("The database cannot be reached.", { cause });
  }
}

// What adapter-pg reports (meta.driverAdapterError.cause.kind), SQLSTATEs of a server
// shutting down, starting up or refusing connections (57P01–57P03, class 08, 53300),
// Prisma's own codes, and node-postgres errors the adapter passes through untranslated.
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNREACHABLE_SQLSTATE = /^(57P0[123]|08\w{3}|53300)$/;
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const UNREACHABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH"]);
const UNREACHABLE_MESSAGES =
  /Connection terminated|Connection ended|Can't reach database server|timeout exceeded when trying to connect|terminating connection due to administrator command|the database system is (shutting down|starting up)/i;

/**
 * Whether an error means "PostgreSQL is down or unreachable" (as opposed to a bug or bad
 * input), so the caller can answer "try again later" instead of failing. Looks through
 * Prisma's wrapping (`meta.driverAdapterError.cause`) and `cause` chains.
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  if (typeof e.kind === "string" && UNREACHABLE_KINDS.has(e.kind)) return true;
  if (e.kind === "postgres" && typeof e.code === "string" && UNREACHABLE_SQLSTATE.test(e.code)) return true;
  if (typeof e.code === "string" && (UNREACHABLE_PRISMA_CODES.has(e.code) || UNREACHABLE_SOCKET_CODES.has(e.code) || UNREACHABLE_SQLSTATE.test(e.code)))
    return true;
  if (typeof e.message === "string" && UNREACHABLE_MESSAGES.test(e.message)) return true;
  return isDatabaseUnreachable(e.meta?.driverAdapterError?.cause, depth + 1) || isDatabaseUnreachable(e.cause, depth + 1);
}

// On globalThis: the server in front (scripts/serve.ts, asking through lib/outage.ts) and the
// pages are bundled apart but run in one process, so a failure the data layer sees ends the
// server's "reachable" answer at once.
const probe = globalThis as unknown as { databaseProbe?: { at: number; reachable: Promise<boolean> } | null };

/**
 * Whether the database server accepts TCP connections, remembered for a second so a burst
 * of requests costs one probe. A refused connection answers at once; a silent host after
 * 2 s. (Not less: under load the event loop can lag by half a second, and a timer that
 * fires before the pending "connect" is handled would call a healthy database down.
 * PostgreSQL does not log a connection that closes before sending anything.)
 */
export function databaseAcceptsConnections(url: string = databaseUrl()): Promise<boolean> {
  const now = Date.now();
  const lastProbe = probe.databaseProbe;
  if (lastProbe && now - lastProbe.at < 1000) return lastProbe.reachable;
  const { hostname, port } = new URL(url);
  const reachable = new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: hostname.replace(/^\[|\]$/g, ""), port: Number(port || 5432), timeout: 2000 });
    const done = (ok: boolean) => (socket.destroy(), resolve(ok));
    socket.once("connect", () => done(true));
    socket.once("timeout", () => done(false));
    socket.once("error", () => done(false));
  });
  probe.databaseProbe = { at: now, reachable };
  return reachable;
}

/** The data layer saw the database fail: the next request probes again instead of trusting the last answer. */
export function forgetDatabaseProbe(): void {
  probe.databaseProbe = null;
}
