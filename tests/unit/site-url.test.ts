import { describe, expect, it } from "vitest";
import { productionSiteUrlProblem, resolveSiteUrl, servedOverHttps, siteUrl } from "@/lib/site-url";

describe("SITE_URL", () => {
  // The probe: production started without a public address, so next-auth redirected to
  // http://localhost:3000 and the session cookie was not Secure behind https.
  it("is required to start a production server, and named in the refusal", () => {
    expect(() => resolveSiteUrl({ PORT: "3000" }, { allowDefault: false })).toThrow(/SITE_URL is not set/);
  });

  it("defaults to the local server in development and the embedded try-it mode", () => {
    expect(resolveSiteUrl({ PORT: "3456" }, { allowDefault: true })).toBe("http://localhost:3456");
  });

  it("must be a whole http(s) address of the site's root", () => {
    expect(resolveSiteUrl({ SITE_URL: "https://monitor.example.org/" }, { allowDefault: false })).toBe("https://monitor.example.org");
    expect(() => resolveSiteUrl({ SITE_URL: "monitor.example.org" }, { allowDefault: false })).toThrow(/not an address/);
    expect(() => resolveSiteUrl({ SITE_URL: "ftp://monitor.example.org" }, { allowDefault: false })).toThrow(/https:\/\//);
    expect(() => resolveSiteUrl({ SITE_URL: "https://example.org/monitor" }, { allowDefault: false })).toThrow(/without a path/);
  });

  it("decides whether the session cookie is Secure", () => {
    expect(servedOverHttps({ SITE_URL: "https://monitor.example.org" })).toBe(true);
    expect(servedOverHttps({ SITE_URL: "http://127.0.0.1:3100" })).toBe(false);
    expect(servedOverHttps({})).toBe(false);
    expect(siteUrl({ SITE_URL: "https://monitor.example.org" }).origin).toBe("https://monitor.example.org");
  });

  it("keeps a production server from starting without it, however it is started", () => {
    expect(productionSiteUrlProblem({ NODE_ENV: "production" })).toMatch(/SITE_URL is not set.*refuses to start/);
    expect(productionSiteUrlProblem({ NODE_ENV: "production", SITE_URL: "monitor.example.org" })).toMatch(/not an address/);
    expect(productionSiteUrlProblem({ NODE_ENV: "production", SITE_URL: "https://monitor.example.org" })).toBeNull();
    // `next build` and development need no public address.
    expect(productionSiteUrlProblem({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBeNull();
    expect(productionSiteUrlProblem({ NODE_ENV: "development" })).toBeNull();
  });
});
