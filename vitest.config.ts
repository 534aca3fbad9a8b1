import path from "node:path";
import { defineConfig } from "vitest/config";

// Outside Next nothing resolves "server-only" with the react-server condition: here it is the
// empty module it is inside a server bundle.
const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", server: { deps: { inline: ["next-intl"] } } } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // Tests share one seeded database; files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // npm run test:scale (and the bench) — issue 7's sizes held to its times: wall-clock
          // limits, which fail at random on a busy machine, so never part of npm test.
          name: "scale",
          include: ["tests/scale/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // npm run test:faults — backup/restore, concurrent saves, a PostgreSQL outage under
          // `next start` (needs `next build` first). Each file makes its own databases.
          name: "faults",
          include: ["tests/faults/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // npm run test:cluster — two instances behind a round-robin proxy sharing one Redis
          // (needs `next build` first, DATABASE_URL and redis-server).
          name: "cluster",
          include: ["tests/cluster/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
