import { describe, expect, it } from "vitest";
import { chromiumStep, DEBIAN_CHROMIUM, onPath, type Machine } from "@/scripts/ensure-chromium";

const PLAYWRIGHT_CHROMIUM = "/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome";

/** A machine with these files only, root with apt-get unless told otherwise. */
const machine = (files: string[], overrides: Partial<Machine> = {}): Machine => ({
  chromiumPath: undefined,
  playwrightChromium: PLAYWRIGHT_CHROMIUM,
  isRoot: true,
  hasAptGet: true,
  exists: (file) => files.includes(file),
  ...overrides,
});

describe("Chromium before the end-to-end tests", () => {
  it("runs the tests with Debian's Chromium or Playwright's own download", () => {
    expect(chromiumStep(machine([DEBIAN_CHROMIUM]))).toEqual({ action: "ready" });
    expect(chromiumStep(machine([PLAYWRIGHT_CHROMIUM], { isRoot: false, hasAptGet: false }))).toEqual({ action: "ready" });
  });

  it("installs Debian's Chromium when it is missing and the run is root with apt-get", () => {
    expect(chromiumStep(machine([]))).toEqual({ action: "install" });
  });

  it("stops with the one command that fixes it where it cannot install", () => {
    expect(chromiumStep(machine([], { isRoot: false }))).toEqual({ action: "stop", fix: "sudo apt-get install -y chromium" });
    expect(chromiumStep(machine([], { hasAptGet: false }))).toEqual({ action: "stop", fix: "npx playwright install chromium" });
  });

  it("uses CHROMIUM_PATH as Playwright does, and installs nothing for a wrong one", () => {
    expect(chromiumStep(machine(["/opt/chromium/chrome"], { chromiumPath: "/opt/chromium/chrome" }))).toEqual({ action: "ready" });
    expect(chromiumStep(machine([DEBIAN_CHROMIUM], { chromiumPath: "/opt/missing" }))).toEqual({
      action: "stop",
      fix: "unset CHROMIUM_PATH, or point it at a Chromium (/opt/missing does not exist)",
    });
  });

  it("finds apt-get in any folder of PATH, and not in an empty entry", () => {
    const exists = (file: string) => file === "/usr/bin/apt-get";
    expect(onPath("apt-get", "/usr/local/bin:/usr/bin:/bin", exists)).toBe(true);
    expect(onPath("apt-get", "/usr/local/bin:/bin", exists)).toBe(false);
    expect(onPath("apt-get", "", (file) => file === "apt-get")).toBe(false);
  });
});
