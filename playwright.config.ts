import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium: `npx playwright install` cannot download browsers on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const launchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure", launchOptions },
  projects: [
    // Every test runs on the desktop except those tagged @phone-only; the phone runs only what
    // its layout changes (menu, touch, widths, the busiest pages' axe audits), tagged @phone.
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, grepInvert: /@phone-only/ },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, grep: /@phone/ },
  ],
  webServer: {
    // A fresh seeded database and `next start` on the production build.
    command: `npx tsx tests/e2e/server.ts`,
    url: `http://127.0.0.1:${PORT}/en`,
    env: { E2E_PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    // Playwright would otherwise SIGKILL the server, leaving its test database behind.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
