// The code's habits as rules (docs/architecture.md explains the layers): Next's own rules, and
// which layer may import which. `npm run lint` runs this; `npm test` runs `npm run lint`.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// A module path written with the alias or relatively ("@/lib/db", "../../lib/db").
const anyWay = (path) => [`@/${path}`, `**/${path}`];

const DATA_ACCESS = {
  group: [...anyWay("lib/db"), ...anyWay("lib/prisma-client"), ...anyWay("lib/generated/prisma/client"), "@prisma/client"],
  message: "Pages and components read through lib/queries and write through lib/actions; only those layers hold the database client.",
};
const RECORD_INTERNALS = {
  group: anyWay("lib/records/*"),
  message: "lib/records is the write path's inside (permission, validation, audit in one transaction): call it through a lib/actions server action.",
};
const UI_FROM_LIB = {
  group: [...anyWay("components/*"), ...anyWay("app/*")],
  message: "lib/ is below the UI: it never imports components/ or app/. Move what both need into lib/.",
};
const IMPURE = {
  group: ["next", "next/*", ...anyWay("lib/db"), ...anyWay("lib/queries/*"), ...anyWay("lib/records/*"), ...anyWay("lib/cache")],
  message: "lib/validation and lib/metrics stay pure (usable in the browser, in scripts and in tests): no Next, no database, no cache.",
};

/** Flags a module of the server's data layer that does not begin with `import "server-only"`. */
const serverOnlyFirst = {
  meta: {
    type: "problem",
    messages: { missing: 'Begin this module with `import "server-only";`: it reads the database, and must never reach a browser bundle.' },
  },
  create: (context) => ({
    Program(program) {
      const [first] = program.body;
      const marked = first?.type === "ImportDeclaration" && first.source.value === "server-only" && first.specifiers.length === 0;
      if (!marked) context.report({ node: first ?? program, messageId: "missing" });
    },
  }),
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATA_ACCESS, RECORD_INTERNALS] }] },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [UI_FROM_LIB] }] },
  },
  {
    files: ["lib/validation/**", "lib/metrics/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [UI_FROM_LIB, IMPURE] }] },
  },
  {
    files: ["lib/db.ts", "lib/queries/**", "lib/records/**"],
    plugins: { layers: { rules: { "server-only-first": serverOnlyFirst } } },
    rules: { "layers/server-only-first": "error" },
  },
]);
