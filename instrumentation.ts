// Runs once when Next's server starts (next start, scripts/serve.ts, next dev). The check lives
// in a module of its own, imported for the Node.js runtime only, as Next's documentation
// advises: process.exit is no Edge API.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
