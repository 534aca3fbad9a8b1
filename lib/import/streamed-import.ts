/** How a streamed import ended: "done" (written), "refused" (nothing written, with why), or "failed" (no answer to trust). */
export type ImportEnd<Done, Refused> = ({ type: "done" } & Done) | ({ type: "refused"; message: string } & Refused) | { type: "failed"; message?: string };

/**
 * Posts an import to a workspace route and follows its NDJSON answer: `progress` lines
 * (rows written inside the open transaction) go to `onProgress`; the last line, "done" or
 * "refused", is the result. A refusal before the import began (signed out, role, file) is
 * one JSON message; a stream that ends without a last line, or no answer at all, is
 * "failed": the person is told nothing may be assumed written until the page says "done".
 */
export async function streamImport<Done, Refused>(
  endpoint: string,
  body: FormData,
  onProgress: (done: number, total: number) => void,
): Promise<ImportEnd<Done, Refused>> {
  try {
    const response = await fetch(endpoint, { method: "POST", body });
    if (!response.ok || !response.body) {
      const refusal = (await response.json().catch(() => null)) as { message?: string } | null;
      return { type: "failed", message: refusal?.message };
    }
    type Line = { type: "progress"; done: number; total: number } | Exclude<ImportEnd<Done, Refused>, { type: "failed" }>;
    let end: ImportEnd<Done, Refused> = { type: "failed" };
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const text of lines.filter(Boolean)) {
        const line = JSON.parse(text) as Line;
        if (line.type === "progress") onProgress(line.done, line.total);
        else end = line;
      }
    }
    return end;
  } catch {
    return { type: "failed" };
  }
}
