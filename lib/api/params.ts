import type { z } from "zod";
import { parameterIssues } from "@/lib/api/errors";
import { hasControlCharacters } from "@/lib/validation/fields";

export type ParsedParams<T> = { ok: true; data: T } | { ok: false; issues: { parameter: string; message: string }[] };

/**
 * The query string through an API's zod schema, strictly: an unknown or repeated parameter
 * is an error as much as a malformed value, so a typo never silently widens a download. A
 * control character (a NUL) is refused in any parameter before a schema or the database sees it.
 */
export function parseParams<S extends z.ZodType>(schema: S, searchParams: URLSearchParams): ParsedParams<z.infer<S>> {
  const values: Record<string, string> = {};
  const issues: { parameter: string; message: string }[] = [];
  for (const [key, value] of searchParams) {
    if (key in values) issues.push({ parameter: key, message: "given more than once" });
    if (hasControlCharacters(value)) issues.push({ parameter: key, message: "contains a control character (such as NUL); remove it" });
    values[key] = value;
  }
  if (issues.length > 0) return { ok: false, issues };
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: parameterIssues(parsed.error) };
}
