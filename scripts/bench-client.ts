// The load generator of `npm run bench`, run as its own process so autocannon never shares
// an event loop with the server (scripts/serve.ts) or with the bench's bookkeeping. Input: one
// JSON argument (ClientInput); output: one JSON line (ClientOutput). With several paths each
// connection cycles through them (the soak run). With a reference, the paths and the
// reference are measured in turn, in slices ordered reference, paths, paths, reference, … so
// that a disturbance of the shared machine lasting a few seconds, or a steady drift, falls on
// both alike: the ratio of the two is what the goals judge.
import autocannon from "autocannon";

export type ClientInput = {
  base: string;
  paths: string[];
  connections: number;
  /** Seconds of counted load on the paths (and as many on the reference). */
  seconds: number;
  warmupSeconds?: number;
  headers?: Record<string, string>;
  reference?: string[];
  /** Slices of each when there is a reference: `seconds / rounds` each. */
  rounds?: number;
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
export type ClientOutput = { result: ClientResult; reference?: ClientResult };

type Tally = { latencies: number[]; statusCodes: Record<string, number>; requests: number; seconds: number; errors: number; timeouts: number; non2xx: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function load(input: ClientInput, paths: string[], seconds: number, onResponse?: (status: number, responseTime: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: input.base,
        connections: input.connections,
        duration: seconds,
        requests: paths.map((path) => ({ method: "GET", path, headers: input.headers })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    if (onResponse) instance.on("response", (_client, status, _bytes, responseTime) => onResponse(status, responseTime));
  });
}

// Not counted: the first requests fill the caches, then a short run at the same load lets
// the JIT settle, so the figures are the server's steady state.
async function warmUp(input: ClientInput, paths: string[]): Promise<void> {
  for (const path of paths) for (let i = 0; i < 3; i++) await fetch(input.base + path, { headers: input.headers }).then((r) => r.arrayBuffer());
  if (input.warmupSeconds) await load(input, paths, input.warmupSeconds);
}

async function measureSlice(input: ClientInput, paths: string[], seconds: number, tally: Tally): Promise<void> {
  const result = await load(input, paths, seconds, (status, responseTime) => {
    tally.latencies.push(responseTime);
    tally.statusCodes[status] = (tally.statusCodes[status] ?? 0) + 1;
  });
  tally.requests += result.requests.total;
  tally.seconds += result.duration;
  tally.errors += result.errors;
  tally.timeouts += result.timeouts;
  tally.non2xx += result.non2xx;
}

function summarise(tally: Tally): ClientResult {
  const latencies = tally.latencies.sort((a, b) => a - b);
  return {
    rps: tally.requests / tally.seconds,
    requests: tally.requests,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    errors: tally.errors,
    timeouts: tally.timeouts,
    non2xx: tally.non2xx,
    statusCodes: tally.statusCodes,
  };
}

async function run(input: ClientInput): Promise<ClientOutput> {
  const newTally = (): Tally => ({ latencies: [], statusCodes: {}, requests: 0, seconds: 0, errors: 0, timeouts: 0, non2xx: 0 });
  const measured = { paths: input.paths, tally: newTally() };
  if (!input.reference) {
    await warmUp(input, input.paths);
    await measureSlice(input, input.paths, input.seconds, measured.tally);
    return { result: summarise(measured.tally) };
  }
  const reference = { paths: input.reference, tally: newTally() };
  await warmUp(input, reference.paths);
  await warmUp(input, measured.paths);
  const rounds = input.rounds ?? 1;
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? [reference, measured] : [measured, reference]) {
      await measureSlice(input, side.paths, input.seconds / rounds, side.tally);
    }
  }
  return { result: summarise(measured.tally), reference: summarise(reference.tally) };
}

run(JSON.parse(process.argv[2] ?? "{}") as ClientInput).then(
  (output) => process.stdout.write(`${JSON.stringify(output)}\n`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
