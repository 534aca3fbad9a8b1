import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";

// One client per server process; cached on globalThis so dev hot reloads reuse it.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
