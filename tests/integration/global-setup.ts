import { createFreshDatabase } from "@/tests/support/fresh-database";

// One fresh, migrated and seeded database per run; workers inherit its URL.
export default async function setup() {
  const database = await createFreshDatabase();
  process.env.DATABASE_URL = database.url;
  if (database.embedded) process.env.TEST_DATABASE_EMBEDDED = "1";
  return () => database.drop();
}
