import type { z } from "zod";

/** The body of every error answer: what went wrong, for a bad parameter which one, for a 500 the id in the server log. */
export type ApiError = { error: string; message: string; parameter?: string; issues?: { parameter: string; message: string }[]; id?: string };

export function jsonError(status: number, body: ApiError, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers });
}

/** zod's issues as parameter names and messages ("limit": "Too big: expected number to be <=100"). */
export function parameterIssues(error: z.ZodError): { parameter: string; message: string }[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ parameter: key, message: "unknown parameter" }));
    return [{ parameter: String(issue.path[0] ?? "query"), message: issue.message }];
  });
}

/** 400 naming the first bad parameter in `parameter` and `message`, and listing all of them. */
export function badParameters(issues: { parameter: string; message: string }[]): Response {
  const [first] = issues;
  return jsonError(400, {
    error: "invalid_parameter",
    parameter: first?.parameter,
    message: first ? `${first.parameter}: ${first.message}` : "invalid query",
    issues,
  });
}
