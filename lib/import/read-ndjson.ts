/**
 * Reads a streamed NDJSON response line by line, handing each parsed message to `onMessage`
 * as it arrives: how the workspace's import pages follow an import's progress. Resolves
 * when the stream ends.
 */
export async function readNdjson<T>(response: Response, onMessage: (message: T) => void | Promise<void>): Promise<void> {
  if (!response.body) throw new Error("The response has no body to read.");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) await onMessage(JSON.parse(line) as T);
  }
}
