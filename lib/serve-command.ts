import { SERVER_ENTRY } from "@/lib/server-build";

/**
 * Node's arguments that start the portal's server, scripts/serve.ts, as a child process
 * (npm start, the e2e, fault and cluster tests, the bench). In production that is the server
 * `npm run build` compiled, run with no TypeScript loader (lib/server-build.ts says why); in
 * development scripts/serve.ts itself, through tsx's ESM loader only, so Next's own `require`
 * calls skip tsx's resolver.
 *
 * The production server's JavaScript heap is capped (HEAP_LIMIT_MB): left alone, V8 sizes it
 * from the machine's memory and let a server holding about 130 MB of live objects grow to
 * over 700 MB resident under load, most of it garbage not yet collected (docs/BENCHMARKS.md).
 * `next dev` compiles in the same process and is left uncapped.
 */
export function serveCommand(options: { dev?: boolean; host?: string } = {}, env: Record<string, string | undefined> = process.env): string[] {
  return [
    ...(options.dev ? [] : [`--max-old-space-size=${heapLimitMb(env.HEAP_LIMIT_MB)}`]),
    // Development compiles as it goes; production runs what `npm run build` compiled.
    ...(options.dev ? ["--import", "tsx/esm", "scripts/serve.ts"] : [SERVER_ENTRY]),
    ...(options.dev ? ["--dev"] : []),
    ...(options.host ? ["--host", options.host] : []),
  ];
}

const DEFAULT_HEAP_LIMIT_MB = 384;
const MIN_HEAP_LIMIT_MB = 192;

/** HEAP_LIMIT_MB as a number of megabytes, or an error that says what it takes. */
function heapLimitMb(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_HEAP_LIMIT_MB;
  const mb = Number(value);
  if (!Number.isInteger(mb) || mb < MIN_HEAP_LIMIT_MB)
    throw new Error(`HEAP_LIMIT_MB must be a whole number of megabytes, at least ${MIN_HEAP_LIMIT_MB} (default ${DEFAULT_HEAP_LIMIT_MB}); it is "${value}".`);
  return mb;
}
