// The load generator of `npm run bench`, run as its own process so autocannon never shares
// an event loop with the server (scripts/serve.ts) or with the bench's bookkeeping. Input: one
// JSON argument { base, paths, connections, seconds, warmupSeconds, headers }; output: one JSON
// line of results. With several paths each connection cycles through them (the soak run).
import autocannon from "autocannon";

export type ClientInput = {
  base: string;
  paths: string[];
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  headers?: Record<string, string>;
};
export type ClientResult = {
  rps: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function load(input: ClientInput, seconds: number, onResponse?: (status: number, responseTime: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: input.base,
        connections: input.connections,
        duration: seconds,
        requests: input.paths.map((path) => ({ method: "GET", path, headers: input.headers })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    if (onResponse) instance.on("response", (_client, status, _bytes, responseTime) => onResponse(status, responseTime));
  });
}

async function run(input: ClientInput): Promise<ClientResult> {
  // Warm up, not counted: the first requests fill the caches, then a short run at the same
  // load lets the JIT settle, so the figures are the server's steady state.
  for (const path of input.paths) for (let i = 0; i < 3; i++) await fetch(input.base + path, { headers: input.headers }).then((r) => r.arrayBuffer());
  if (input.warmupSeconds) await load(input, input.warmupSeconds);
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const result = await load(input, input.seconds, (status, responseTime) => {
    latencies.push(responseTime);
    statusCodes[status] = (statusCodes[status] ?? 0) + 1;
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
  };
}

run(JSON.parse(process.argv[2] ?? "{}") as ClientInput).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
