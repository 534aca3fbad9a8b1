import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";

// The server's log: one JSON object a line on stdout (pino), for journald or a log
// shipper. Code running while a request is served (the server in front of Next, the API's
// error log) is inside that request's AsyncLocalStorage context, so every line it logs
// carries the request's id.

// Blanked wherever they appear at these paths: what signs a session or grants access.
export const REDACTED_PATHS = [
  "cookie",
  "authorization",
  "password",
  "passwordHash",
  "headers.cookie",
  "headers.authorization",
  'headers["set-cookie"]',
  "*.cookie",
  "*.authorization",
  "*.password",
  "*.passwordHash",
  "*.headers.cookie",
  "*.headers.authorization",
  '*.headers["set-cookie"]',
  ...["AUTH_SECRET", "NEXTAUTH_SECRET", "REVALIDATE_SECRET", "METRICS_TOKEN", "DATABASE_URL", "REDIS_URL"].flatMap((name) => [name, `*.${name}`]),
];
const CENSOR = "[redacted]";

// user:password@ in a connection string (postgresql://…, redis://…) or any other URL.
const CREDENTIALS_IN_URL = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s@/]+@/gi;

/** The text with the password of every URL in it blanked: "postgresql://monitor:[redacted]@db:5432/monitor". */
export function withoutCredentials(text: string): string {
  return text.replace(CREDENTIALS_IN_URL, `$1:${CENSOR}@`);
}

// Query parameters whose value is blanked in the access log (a token in a link, a password
// sent by mistake in a query).
const SECRET_PARAMETER = /token|secret|pass|key|code|sig|auth|session|csrf|credential/i;

/** A request target as the access log writes it: the path, and the query with the values of secret-looking parameters blanked. */
export function loggedTarget(target: string): string {
  const [path, query] = target.split(/\?(.*)/s);
  if (!query) return path!;
  const parameters = query.split("&").map((pair) => {
    const [name = "", value] = pair.split(/=(.*)/s);
    let decoded = name;
    try {
      decoded = decodeURIComponent(name.replace(/\+/g, " "));
    } catch {
      // a malformed escape: test the name as written
    }
    return value !== undefined && SECRET_PARAMETER.test(decoded) ? `${name}=${CENSOR}` : pair;
  });
  return `${path}?${withoutCredentials(parameters.join("&"))}`;
}

function scrubbed(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return withoutCredentials(value);
  if (!value || typeof value !== "object" || depth > 4) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrubbed(inner, depth + 1)]));
}

type RequestContext = { requestId: string };

/** A logger writing JSON lines to `destination` (stdout), at `level`, without secrets, with the current request's id. */
export function createLogger(options: { level?: string; destination?: DestinationStream; requests: AsyncLocalStorage<RequestContext> }): Logger {
  const level = options.level || "info";
  if (!(level in pino.levels.values) && level !== "silent") {
    throw new Error(`LOG_LEVEL must be one of ${[...Object.keys(pino.levels.values), "silent"].join(", ")}; it is "${level}".`);
  }
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: CENSOR },
      mixin: () => {
        const requestId = options.requests.getStore()?.requestId;
        return requestId ? { requestId } : {};
      },
      serializers: { err: (error: Error) => scrubbed(pino.stdSerializers.err(error)) },
      hooks: {
        logMethod(args, method) {
          const clean = args.map((arg) => (typeof arg === "string" ? withoutCredentials(arg) : arg));
          method.apply(this, clean as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}

// The server in front of Next and the code Next bundles each load this module: one logger
// and one request context per process, on globalThis.
const shared = globalThis as unknown as { portalLogging?: { logger: Logger; requests: AsyncLocalStorage<RequestContext> } };
const logging = (shared.portalLogging ??= (() => {
  const requests = new AsyncLocalStorage<RequestContext>();
  return { requests, logger: createLogger({ level: process.env.LOG_LEVEL, requests }) };
})());

/** The process's logger (LOG_LEVEL, default "info"). */
export const logger: Logger = logging.logger;

/** Runs `serve` with every line it logs, however deep, carrying `requestId`. */
export function inRequest<T>(requestId: string, serve: () => T): T {
  return logging.requests.run({ requestId }, serve);
}

// What a proxy may pass as a request id: no spaces or control characters to forge log lines with.
const REQUEST_ID = /^[\w.:@+=/-]{1,128}$/;

/** The request's id: the one a trusted proxy sent in X-Request-Id, else a new UUID. */
export function requestIdOf(sent: string | string[] | undefined, fromTrustedProxy: boolean): string {
  const value = Array.isArray(sent) ? sent[0] : sent;
  return fromTrustedProxy && value && REQUEST_ID.test(value) ? value : crypto.randomUUID();
}
