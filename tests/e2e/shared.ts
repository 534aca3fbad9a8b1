// What the e2e server hands to the specs.
export const E2E_DATABASE_FILE = "test-results/e2e-database-url";
export const E2E_REVALIDATE_SECRET = "e2e-revalidate-secret";
// Signs the session cookies of the e2e server; `next start` refuses to sign anyone in without one.
export const E2E_AUTH_SECRET = "e2e-auth-secret-not-for-production-0123456789";
