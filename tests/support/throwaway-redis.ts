import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePortIn } from "@/tests/support/free-port";

/**
 * A redis-server of its own on a free port (never the machine's on 6379), which a test may
 * stop and start at will. It keeps its data across a restart, as a production server with
 * snapshots does: stopped with SIGTERM, it saves them to its folder and loads them on start.
 */
export type ThrowawayRedis = { url: string; start: () => Promise<void>; stop: () => Promise<void>; remove: () => Promise<void> };

export async function createThrowawayRedis({ ports = [6390, 6399] as const } = {}): Promise<ThrowawayRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), "camon-redis-"));
  const port = await freePortIn(ports[0], ports[1]);
  let server: ChildProcess | null = null;
  const redis: ThrowawayRedis = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "3600 1", "--appendonly", "no"], {
        stdio: "ignore",
      });
      const failed = once(server, "error");
      await Promise.race([accepting(port), failed.then(([error]) => Promise.reject(new Error(`redis-server did not start (${error})`)))]);
    },
    async stop() {
      if (!server || server.exitCode !== null) return;
      const exited = once(server, "exit");
      server.kill("SIGTERM");
      await exited;
    },
    async remove() {
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await redis.start();
  return redis;
}

async function accepting(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => resolve(true));
      socket.once("error", () => resolve(false));
      socket.once("connect", () => socket.end());
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server is not listening on ${port}`);
}
