// Run by `npm run test:e2e` before anything else: Playwright drives Debian's Chromium
// (playwright.config.ts), as `npx playwright install` cannot download a browser on machines
// without internet access. A missing Chromium is installed where that is possible (root with
// apt-get); anywhere else the run stops at once with the one command that fixes it.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";

/** Where Debian's package puts Chromium, and where playwright.config.ts looks for it. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export type Machine = {
  /** CHROMIUM_PATH, which playwright.config.ts uses as it is when set. */
  chromiumPath: string | undefined;
  /** Playwright's own download, used when there is no Debian Chromium. */
  playwrightChromium: string;
  isRoot: boolean;
  hasAptGet: boolean;
  exists: (file: string) => boolean;
};

export type ChromiumStep = { action: "ready" } | { action: "install" } | { action: "stop"; fix: string };

/** What to do before Playwright starts: nothing, install Chromium, or stop with the command that fixes it. */
export function chromiumStep(machine: Machine): ChromiumStep {
  if (machine.chromiumPath) {
    return machine.exists(machine.chromiumPath)
      ? { action: "ready" }
      : { action: "stop", fix: `unset CHROMIUM_PATH, or point it at a Chromium (${machine.chromiumPath} does not exist)` };
  }
  if (machine.exists(DEBIAN_CHROMIUM) || machine.exists(machine.playwrightChromium)) return { action: "ready" };
  if (machine.hasAptGet && machine.isRoot) return { action: "install" };
  return { action: "stop", fix: machine.hasAptGet ? "sudo apt-get install -y chromium" : "npx playwright install chromium" };
}

/** Whether an executable of this name is in one of the PATH's folders. */
export function onPath(name: string, searchPath: string, exists: (file: string) => boolean): boolean {
  return searchPath.split(path.delimiter).some((dir) => dir !== "" && exists(path.join(dir, name)));
}

function main(): void {
  const step = chromiumStep({
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    playwrightChromium: chromium.executablePath(),
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath("apt-get", process.env.PATH ?? "", existsSync),
    exists: existsSync,
  });
  if (step.action === "stop") {
    console.error(`No Chromium for the end-to-end tests. Fix: ${step.fix}`);
    process.exit(1);
  }
  if (step.action === "install") {
    console.log("[e2e] Chromium is missing: installing Debian's package (apt-get install -y chromium)");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    // A fresh machine has no package lists yet.
    execFileSync("apt-get", ["update", "-qq"], { env, stdio: ["ignore", "ignore", "inherit"] });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { env, stdio: ["ignore", "ignore", "inherit"] });
    if (!existsSync(DEBIAN_CHROMIUM)) throw new Error(`apt-get installed chromium, but ${DEBIAN_CHROMIUM} is not there.`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
