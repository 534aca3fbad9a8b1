import { createThrowawayPostgres } from "@/tests/support/throwaway-postgres";
import { createPrismaClient } from "@/lib/prisma-client";
const pgc = await createThrowawayPostgres();
console.log(pgc.url);
const db = createPrismaClient(pgc.url);
await db.$queryRaw`SELECT 1`;
await pgc.stop();
for (const label of ["after stop 1", "after stop 2"]) {
  try { await db.$queryRaw`SELECT 1`; console.log(label, "ok?"); } catch (e: any) { console.log(label, e?.constructor?.name, JSON.stringify(e.message), e.code, JSON.stringify(e.meta), e.cause?.kind, e.cause?.code); }
}
try { await db.$transaction(async (tx) => { await tx.$queryRaw`SELECT 1`; }); } catch (e: any) { console.log("tx", e?.constructor?.name, JSON.stringify(e.message), e.code, JSON.stringify(e.meta)); }
await pgc.start();
await db.$queryRaw`SELECT 1`; console.log("recovered");
await db.$disconnect();
await pgc.remove();
