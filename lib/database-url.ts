// Where the database is. With no DATABASE_URL the portal runs on an embedded
// PGlite served over the Postgres wire protocol on this port (see scripts/start.ts).
export const EMBEDDED_DB_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
export const EMBEDDED_DB_URL = `postgresql://postgres@127.0.0.1:${EMBEDDED_DB_PORT}/postgres?sslmode=disable`;

export function databaseUrl(): string {
  return process.env.DATABASE_URL || EMBEDDED_DB_URL;
}

/** "PostgreSQL postgres@127.0.0.1:5432/monitor" — for logs, never with the password. */
export function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.username || "?"}@${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}
