// Runs once when Next's server starts (next start, scripts/serve.ts, next dev).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { productionSiteUrlProblem } = await import("@/lib/site-url");
  const problem = productionSiteUrlProblem(process.env);
  if (problem) {
    console.error(`[site] ${problem}`);
    process.exit(1);
  }
}
