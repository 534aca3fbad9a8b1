// The second half of `npm run build`, after `next build`: compiles the portal's server
// (scripts/serve.ts) and Next's cache handler (lib/cache-handler.ts) to plain JavaScript in
// .next/portal-server (lib/server-build.ts says why). Packages stay imports of node_modules;
// the modules both use (lib/redis.ts's one client) are one shared chunk, loaded once.
import { build } from "esbuild";
import { SERVER_BUILD_DIR } from "@/lib/server-build";

await build({
  entryPoints: ["scripts/serve.ts", "lib/cache-handler.ts"],
  outbase: ".",
  outdir: SERVER_BUILD_DIR,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
console.log(`[build] the portal's server compiled to ${SERVER_BUILD_DIR}`);
