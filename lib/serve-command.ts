/**
 * Node's arguments that start the portal's server, scripts/serve.ts, as a child process
 * (npm start, the e2e and fault tests, the bench). TypeScript goes through tsx's ESM loader
 * only, so Next's own `require` calls, some of them made on every request, skip tsx's resolver.
 */
export function serveCommand(options: { dev?: boolean; host?: string } = {}): string[] {
  return ["--import", "tsx/esm", "scripts/serve.ts", ...(options.dev ? ["--dev"] : []), ...(options.host ? ["--host", options.host] : [])];
}
