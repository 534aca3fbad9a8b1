// Lighthouse for `npm run bench`: the pinned `lighthouse` package's CLI in a child process,
// driving Debian's Chromium headless, mobile (Lighthouse's default emulation and simulated
// throttling) and desktop (its desktop preset). Returns the four category scores, 0–100.
import { spawn } from "node:child_process";
import path from "node:path";

export type LighthouseScores = {
  url: string;
  formFactor: "mobile" | "desktop";
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  failedAudits: string[];
};

export const LIGHTHOUSE_GOALS = { performance: 95, accessibility: 100, bestPractices: 95, seo: 95 } as const;

const cli = path.resolve("node_modules/lighthouse/cli/index.js");

export function runLighthouse(url: string, formFactor: "mobile" | "desktop"): Promise<LighthouseScores> {
  const args = [
    cli,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility,best-practices,seo",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ...(formFactor === "desktop" ? ["--preset=desktop"] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code} for ${url} (${formFactor}): ${err.slice(-500)}`));
      const report = JSON.parse(out) as {
        categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { score: number | null }>;
      };
      const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
      // What costs points outside performance: the weighted audits that did not pass.
      const failedAudits = ["accessibility", "best-practices", "seo"].flatMap((category) =>
        (report.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
      );
      resolve({
        url,
        formFactor,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        failedAudits,
      });
    });
  });
}
