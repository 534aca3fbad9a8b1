/** Polls `check` every 250 ms until it is true (a throw counts as "not yet"); after `timeoutMs` fails, with `context()` (a server's output) in the message. */
export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs: number, context: () => string = () => ""): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms\n${context().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
