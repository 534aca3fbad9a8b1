import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

const run = promisify(execFile);

/** Where `npm start` keeps the embedded database. */
export const EMBEDDED_DATA_DIR = path.resolve(".data/pglite");

/**
 * The path of a PostgreSQL client program (pg_dump, pg_restore). PG_BIN_DIR wins; then the
 * newest /usr/lib/postgresql/<major>/bin (Debian keeps each version there, and pg_dump
 * must be at least as new as the server); then whatever PATH finds.
 */
export function pgBinary(name: "pg_dump" | "pg_restore"): string {
  const dirs = [process.env.PG_BIN_DIR, ...debianBinDirs(), ...(process.env.PATH ?? "").split(path.delimiter)].filter(Boolean) as string[];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} not found: install the PostgreSQL client (apt-get install postgresql-client) or set PG_BIN_DIR.`);
}

function debianBinDirs(): string[] {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((major) => /^\d+$/.test(major))
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => path.join(root, major, "bin"));
}

/**
 * libpq (pg_dump) rejects the query parameters only Prisma understands (`schema`,
 * `connection_limit` …); keep the ones it knows.
 */
export function libpqUrl(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) {
    if (
      !/^(ssl\w*|connect_timeout|application_name|options|target_session_attrs|channel_binding|gss\w*|krb\w*|keepalives\w*|host|hostaddr|port|dbname|user|password|passfile)$/.test(
        key,
      )
    )
      parsed.searchParams.delete(key);
  }
  return parsed.toString();
}

/** Backs a PostgreSQL database up with pg_dump in its custom format (compressed, for pg_restore). */
export async function backupServerDatabase(url: string, out: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  await run(pgBinary("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", "--file", out, "--dbname", libpqUrl(url)], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * Restores a pg_dump custom-format file into the database at `url`. It must hold no
 * tables in `public` (a fresh `CREATE DATABASE`) unless `force`, which drops what is there
 * first (pg_restore --clean). Runs in one transaction: a failed restore leaves nothing half-done.
 */
export async function restoreServerDatabase(url: string, file: string, { force = false } = {}): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}.`);
  const tables = await countServerTables(url);
  if (tables > 0 && !force)
    throw new DatabaseNotEmptyError(`The database already holds ${tables} tables; restore into an empty database, or pass --force to replace them.`);
  const args = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", libpqUrl(url)];
  if (tables > 0) args.push("--clean", "--if-exists");
  await run(pgBinary("pg_restore"), [...args, file], { maxBuffer: 16 * 1024 * 1024 });
  await withClient(url, (client) => client.query(SEARCH_OPERATOR_COSTS));
}

// pg_dump leaves out changes to an extension's own functions, so pg_restore recreates pg_trgm
// with its default costs. The search_indexes migration raised these two so that the planner
// reads a common word through the indexes instead of scanning every venture: raise them again.
const SEARCH_OPERATOR_COSTS = `ALTER FUNCTION word_similarity_op(text, text) COST 100; ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function countServerTables(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
    return Number(rows[0]?.n ?? 0);
  });
}

/**
 * Backs the embedded database up with PGlite's own dump of its data folder (a .tar.gz).
 * pg_dump cannot talk to PGlite's socket server, and PGlite lets one process open the
 * folder at a time, so the portal must be stopped first.
 */
export async function backupEmbeddedDatabase(dataDir: string, out: string): Promise<void> {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`No embedded database in ${dataDir}.`);
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  try {
    const dump = await db.dumpDataDir("gzip");
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/**
 * Restores a PGlite dump into `dataDir`. An existing database there is refused unless
 * `force`, which moves it aside to `<dataDir>.before-restore-<time>` (never deleted).
 */
export async function restoreEmbeddedDatabase(dataDir: string, file: string, { force = false } = {}): Promise<{ movedAside: string | null }> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}.`);
  let movedAside: string | null = null;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!force) throw new DatabaseNotEmptyError(`${dataDir} already holds a database; pass --force to replace it (it is moved aside, not deleted).`);
    movedAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dataDir, movedAside);
  }
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm }, loadDataDir: new Blob([readFileSync(file)]) });
  await db.close();
  return { movedAside };
}

/** The target holds data and --force was not given. */
export class DatabaseNotEmptyError extends Error {}

/** Size of a file in a person's units, for the scripts' one-line report. */
export function describeSize(file: string): string {
  const bytes = statSync(file).size;
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
