import { databaseUrl, describeDatabaseUrl } from "@/lib/database-url";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "@/lib/seed";

const prisma = createPrismaClient();

try {
  const counts = await seedDatabase(prisma);
  console.log(`Seeded ${describeDatabaseUrl(databaseUrl())}`);
  console.table(counts);
} catch (error) {
  console.error("Seeding failed:", error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
