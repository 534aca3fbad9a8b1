import { createConnection } from "node:net";
import { EMBEDDED_DB_PORT } from "@/lib/database-url";

/** PGlite lets one process open its folder: refuse while `npm start` serves it. */
export async function refuseWhileEmbeddedPortalRuns(what: string): Promise<void> {
  const listening = await new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port: EMBEDDED_DB_PORT });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
  if (listening) throw new Error(`the portal's embedded database is running on port ${EMBEDDED_DB_PORT}; stop \`npm start\` first, then ${what} again.`);
}
