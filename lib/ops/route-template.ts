import { readdirSync } from "node:fs";
import path from "node:path";

// The metrics count requests by route template ("/[locale]/ventures/[id]"), never by path:
// a label per venture, or per path a scanner tries, would grow without bound.

/** What a request matching no route is counted as. */
export const OTHER_ROUTE = "other";

/**
 * The route a file under app/ serves, or null when it serves none: "[locale]/(public)/ventures/[id]/page.tsx" →
 * "/[locale]/ventures/[id]". Route groups "(…)" and parallel slots "@…" are not part of the address.
 */
export function routeOfAppFile(file: string): string | null {
  const segments = file.split(/[\\/]/);
  if (!/^(page|route)\.(tsx?|jsx?|mdx?)$/.test(segments.pop() ?? "")) return null;
  if (segments.some((segment) => segment.startsWith("_"))) return null; // private folders
  return `/${segments.filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("@")).join("/")}`;
}

/** The routes of the app directory `dir` (app/), sorted. */
export function listAppRoutes(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" });
  const routes = files.map((file) => routeOfAppFile(file.split(path.sep).join("/"))).filter((route) => route !== null);
  return [...new Set(routes)].sort();
}

// Next's precedence: a fixed segment before a parameter, a parameter before a catch-all.
const RANK = { fixed: 0, parameter: 1, catchAll: 2, optionalCatchAll: 3 } as const;

type Segment = { kind: keyof typeof RANK; text: string; allowed?: ReadonlySet<string> };

function parseTemplate(template: string, allowed: Record<string, readonly string[]>): Segment[] {
  return template
    .split("/")
    .filter(Boolean)
    .map((text) => {
      const optional = /^\[\[\.\.\.(.+)\]\]$/.exec(text);
      if (optional) return { kind: "optionalCatchAll", text };
      if (/^\[\.\.\..+\]$/.test(text)) return { kind: "catchAll", text };
      const parameter = /^\[(.+)\]$/.exec(text);
      if (parameter) {
        const values = allowed[parameter[1]!];
        return { kind: "parameter", text, allowed: values ? new Set(values) : undefined };
      }
      return { kind: "fixed", text };
    });
}

function matches(template: Segment[], parts: string[]): boolean {
  for (let i = 0; i < template.length; i++) {
    const segment = template[i]!;
    if (segment.kind === "optionalCatchAll") return true;
    if (segment.kind === "catchAll") return parts.length > i;
    const part = parts[i];
    if (part === undefined) return false;
    if (segment.kind === "fixed" ? part !== segment.text : segment.allowed && !segment.allowed.has(part)) return false;
  }
  return parts.length === template.length;
}

function byPrecedence(a: Segment[], b: Segment[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = RANK[a[i]?.kind ?? "fixed"] - RANK[b[i]?.kind ?? "fixed"];
    if (difference !== 0) return difference;
  }
  return b.length - a.length;
}

/**
 * A function naming the route template a request path is served by, or OTHER_ROUTE:
 * "/en/ventures/jv-x" → "/[locale]/ventures/[id]". `allowed` limits a parameter to its
 * values (the locales: "/favicon.ico" is not a home page). Next's own files under /_next
 * count as "/_next/static" (the build's assets) or "/_next" (the rest).
 */
export function routeMatcher(templates: readonly string[], allowed: Record<string, readonly string[]> = {}): (pathname: string) => string {
  const compiled = templates.map((template) => ({ template, segments: parseTemplate(template, allowed) }));
  compiled.sort((a, b) => byPrecedence(a.segments, b.segments));
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return pathname.startsWith("/_next/static/") ? "/_next/static" : "/_next";
    const parts = pathname.split("/").filter(Boolean);
    return compiled.find(({ segments }) => matches(segments, parts))?.template ?? OTHER_ROUTE;
  };
}
