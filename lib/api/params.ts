import type { z } from "zod";
import { parameterIssues } from "@/lib/api/errors";

export type ParsedParams<T> = { ok: true; data: T } | { ok: false; issues: { parameter: string; message: string }[] };

/**
 * The query string through an API's zod schema, strictly: an unknown or repeated parameter
 * is an error as much as a malformed value, so a typo never silently widens a download.
 */
export function parseParams<S extends z.ZodType>(schema: S, searchParams: URLSearchParams): ParsedParams<z.infer<S>> {
  const values: Record<string, string> = {};
  const repeated: { parameter: string; message: string }[] = [];
  for (const [key, value] of searchParams) {
    if (key in values) repeated.push({ parameter: key, message: "given more than once" });
    values[key] = value;
  }
  if (repeated.length > 0) return { ok: false, issues: repeated };
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: parameterIssues(parsed.error) };
}
