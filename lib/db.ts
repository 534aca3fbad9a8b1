import "server-only";
import { createPool, createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { setAppDatabase } from "@/lib/ops/app-database";

// One client per server process, on globalThis so dev hot reloads reuse it; its pool is handed
// to the server in front of Next (the pool's use in /metrics, disconnecting on shutdown).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = (globalForPrisma.prisma ??= createAppClient());

function createAppClient(): PrismaClient {
  const pool = createPool();
  const client = createPrismaClient(pool);
  setAppDatabase({ pool, disconnect: () => client.$disconnect() });
  return client;
}
