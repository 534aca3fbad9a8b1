// Where `npm run build` puts the portal's own server, compiled (scripts/build-server.ts), and
// how to find it: the production server runs as plain JavaScript, with no TypeScript loader.
// Under tsx's ESM loader every `import()` is answered by the loader's hooks on their own
// thread, and Next imports its configured cache handler again on every request (three times
// for a page), which cost a cached page about a tenth of its CPU (docs/BENCHMARKS.md).
import { existsSync } from "node:fs";
import path from "node:path";

/** Inside `.next`, so that `next build` removes a stale one and a build ships with its server. */
export const SERVER_BUILD_DIR = ".next/portal-server";
export const SERVER_ENTRY = `${SERVER_BUILD_DIR}/scripts/serve.mjs`;
export const CACHE_HANDLER_ENTRY = `${SERVER_BUILD_DIR}/lib/cache-handler.mjs`;

/** The compiled cache handler's absolute path, for next.config.ts's `cacheHandler`. */
export function cacheHandlerPath(cwd = process.cwd()): string {
  return path.resolve(cwd, CACHE_HANDLER_ENTRY);
}

/** Whether `npm run build` has run to the end here: Next's build and the server beside it. */
export function hasProductionBuild(cwd = process.cwd()): boolean {
  return existsSync(path.join(cwd, ".next/BUILD_ID")) && existsSync(path.join(cwd, SERVER_ENTRY));
}
