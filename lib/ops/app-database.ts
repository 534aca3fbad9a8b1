// The portal's own database client, as lib/db.ts built it, for the server in front of Next
// (scripts/serve.ts: the pool's use in /metrics, disconnecting on shutdown). They are bundled
// apart but run in one process, so the handle lives on globalThis.

/** What the server reads of the client: its pool's counts, and how to disconnect it. */
export type AppDatabase = {
  pool: { totalCount: number; idleCount: number; waitingCount: number };
  disconnect(): Promise<void>;
};

const holder = globalThis as unknown as { portalDatabase?: AppDatabase };

/** The app's client once a page or route has used the database, else undefined. */
export function appDatabase(): AppDatabase | undefined {
  return holder.portalDatabase;
}

/** Called by lib/db.ts when it builds the app's client. */
export function setAppDatabase(database: AppDatabase): void {
  holder.portalDatabase = database;
}
