import type { Server } from "node:http";
import type { Logger } from "pino";

/** SHUTDOWN_TIMEOUT_SECONDS in milliseconds (default 10 s): how long a stop waits for requests under way. */
export function shutdownTimeoutMs(setting: string | undefined): number {
  if (setting === undefined || setting === "") return 10_000;
  const seconds = Number(setting);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds (e.g. 10); it is "${setting}".`);
  return seconds * 1000;
}

/**
 * Stops `server` gracefully on SIGTERM or SIGINT (systemd's stop, Ctrl-C): no new
 * connections; the requests under way finish, for at most `timeoutMs`, after which their
 * connections are cut; keep-alive connections close as soon as they are idle (a response
 * sent meanwhile says `Connection: close`); then `cleanUp` (the database client) and
 * `exit(0)`. Each step is logged. A second signal while draining changes nothing (systemd
 * signals every process of the service, and `npm start` passes its own on).
 */
export function shutDownOnSignals(
  server: Server,
  options: { timeoutMs: number; log: Logger; cleanUp: () => Promise<void>; exit: (code: number) => void },
): void {
  const { timeoutMs, log } = options;
  let draining = false;
  server.prependListener("request", (_request, response) => {
    if (draining) response.setHeader("Connection", "close");
    // A connection whose request was under way when the stop began becomes idle here.
    response.once("close", () => draining && setImmediate(() => server.closeIdleConnections()));
  });

  const stop = async (signal: NodeJS.Signals) => {
    if (draining) return void log.info({ signal }, "shutdown: already draining");
    draining = true;
    log.info({ signal, timeoutMs }, "shutdown: refusing new connections, waiting for the requests under way");
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
    if ((await Promise.race([closed, timedOut])) === "timeout") {
      log.warn({ timeoutMs }, "shutdown: requests still under way after the timeout; closing their connections");
      server.closeAllConnections();
    } else {
      clearTimeout(timer);
      log.info("shutdown: every request finished");
    }
    try {
      await options.cleanUp();
      log.info("shutdown: database disconnected");
    } catch (error) {
      log.error({ err: error }, "shutdown: disconnecting the database failed");
    }
    log.info("shutdown: exiting");
    options.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));
}
