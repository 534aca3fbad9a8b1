// What the e2e server hands to the specs.
export const E2E_DATABASE_FILE = "test-results/e2e-database-url";
export const E2E_REVALIDATE_SECRET = "e2e-revalidate-secret";
export const E2E_AUTH_SECRET = "e2e-auth-secret-not-for-production-0123456789";
export const E2E_METRICS_TOKEN = "e2e-metrics-token";
