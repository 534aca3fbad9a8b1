import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePortIn } from "@/tests/support/free-port";

const run = promisify(execFile);

/**
 * A PostgreSQL cluster of its own in a temporary folder, which a test may stop and start
 * at will (never the shared server on 5432). initdb refuses to run as root, so as root
 * the cluster belongs to the `postgres` system user.
 */
export type ThrowawayPostgres = { url: string; port: number; start: () => Promise<void>; stop: () => Promise<void>; remove: () => Promise<void> };

export async function createThrowawayPostgres({ ports = [55400, 55499] as const } = {}): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), "camon-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (program: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]) : run(path.join(bin, program), args);
  const data = path.join(dir, "data");
  await as("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePortIn(ports[0], ports[1]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;

  const cluster: ThrowawayPostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: async () => void (await as("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "30", "start"])),
    stop: async () => void (await as("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "30", "stop"])),
    remove: async () => {
      if (existsSync(path.join(data, "postmaster.pid"))) await cluster.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

function binDir(): string {
  for (const major of ["17", "16", "15"]) {
    const dir = `/usr/lib/postgresql/${major}/bin`;
    if (existsSync(path.join(dir, "initdb"))) return dir;
  }
  throw new Error("initdb not found under /usr/lib/postgresql/<version>/bin");
}
