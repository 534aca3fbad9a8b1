// Run by `npm run demo` (scripts/start.ts) against the demo's own embedded database: fills it
// with generated official statistics once (lib/records/demo-statistics.ts). Under the
// react-server condition, as data:import, because lib/records is server-only.
import { createPrismaClient } from "@/lib/prisma-client";
import { fillDemoStatistics } from "@/lib/records/demo-statistics";

const prisma = createPrismaClient(process.env.DATABASE_URL!);
try {
  const started = performance.now();
  const filled = await fillDemoStatistics(prisma);
  console.log(
    filled
      ? `[demo] Imported the generated sample statistics in ${((performance.now() - started) / 1000).toFixed(1)} s.`
      : "[demo] Sample statistics present; import skipped.",
  );
} finally {
  await prisma.$disconnect();
}
