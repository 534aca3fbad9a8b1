import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * The node-postgres adapter for the Prisma CLI, with a shadow database that works.
 *
 * PrismaPg's own connectToShadowDb creates the shadow database but then connects its
 * pool with the main connection string (which overrides `database`), and drops the
 * shadow while still connected to it. Here the shadow gets its own URL and is dropped
 * WITH (FORCE) after its pool is closed, so `prisma migrate diff --from-migrations`
 * (and so `npm run db:new-migration`) is reliable.
 *
 * Introspecting the shadow also reads PostgreSQL's one-byte "char" type (pg_class.relkind
 * and the like), which adapter-pg 7.10 rejects as unsupported — the same family of bug
 * as upstream prisma issue 27403 for "name". Those columns are read as
 * single characters instead.
 * And the engine applies each migration file to the shadow as one executeRaw without
 * parameters, which node-postgres sends as a prepared statement that may hold only one
 * command; such scripts go through executeScript (the simple query protocol) instead.
 * adapter-pg's executeScript splits a script at every ";", which breaks a migration that
 * defines a PL/pgSQL function (its body is full of them); here a script is sent whole, as
 * psql would, and PostgreSQL runs its statements in order, in one implicit transaction.
 */
export class MigratePrismaPg extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url });
  }

  override async connect() {
    const adapter = await super.connect();
    sendScriptsWhole(adapter);
    return adapter;
  }

  override async connectToShadowDb() {
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await runOnServer(this.url, `CREATE DATABASE "${name}"`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${name}`;
    const adapter = await new PrismaPg({ connectionString: shadowUrl.toString() }).connect();
    readCharAsCharacter(adapter);
    sendScriptsWhole(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await runOnServer(this.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils

type Field = { name: string; dataTypeID: number };
type Queryable = {
  performIO: (query: unknown) => Promise<{ fields: Field[] }>;
  queryRaw: (query: unknown) => Promise<{ columnNames: string[]; columnTypes: number[] }>;
};

function readCharAsCharacter(adapter: object): void {
  const queryable = adapter as unknown as Queryable;
  const performIO = queryable.performIO.bind(adapter);
  const queryRaw = queryable.queryRaw.bind(adapter);
  // The schema engine introspects one query at a time, so the columns of the query in
  // flight can be handed from performIO to queryRaw.
  let charColumns: string[] = [];
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    charColumns = result.fields.filter((f) => f.dataTypeID === PG_CHAR_OID).map((f) => f.name);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames.forEach((name, i) => {
      if (charColumns.includes(name)) result.columnTypes[i] = CHARACTER_COLUMN;
    });
    return result;
  };
}

function sendScriptsWhole(adapter: object): void {
  const scripted = adapter as unknown as { client: { query: (sql: string) => Promise<unknown> }; executeScript: (script: string) => Promise<void> };
  scripted.executeScript = async (script) => {
    await scripted.client.query(script);
  };
}

async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
