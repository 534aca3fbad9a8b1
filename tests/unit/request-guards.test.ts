import { describe, expect, it } from "vitest";
import { parseParams } from "@/lib/api/params";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { badAddressPage } from "@/lib/plain-page";
import { contentSecurityPolicy, isFramable, securityHeaders } from "@/lib/security-headers";
import { fieldErrorsOf, parameterWithControlCharacters } from "@/lib/validation/fields";
import { ventureQuerySchema } from "@/lib/validation/venture-filters";
import { ventureInputSchema } from "@/lib/validation/venture-input";
import { ventureFormInput } from "@/tests/factories/ventures";

describe("control characters", () => {
  // The probe: a venture named with \x00 gave a 500 (PostgreSQL 22021) instead of a field error.
  it("are a field error in any text a person types", () => {
    const parsed = ventureInputSchema.safeParse(ventureFormInput({ nameEn: "Joint\u0000venture", productsRu: "cars\u0007" }));
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!);
    expect(errors.nameEn?.key).toBe("validation.controlCharacters");
    expect(errors.productsRu?.key).toBe("validation.controlCharacters");
  });

  it("leave tabs and line breaks alone", () => {
    expect(ventureInputSchema.safeParse(ventureFormInput({ productsEn: "cars\tand\r\ntrucks" })).success).toBe(true);
  });

  // /api/v1/ventures?q=%00 answered 503 "temporarily unavailable": bad input reported as an outage.
  it("are a 400 naming the parameter in the API", () => {
    expect(parseParams(ventureQuerySchema, new URLSearchParams("q=%00"))).toEqual({
      ok: false,
      issues: [{ parameter: "q", message: "contains a control character (such as NUL); remove it" }],
    });
  });

  // /en/ventures?q=%00 answered 500.
  it("are found in a page's query string, named without them", () => {
    expect(parameterWithControlCharacters("q=%00")).toBe("q");
    expect(parameterWithControlCharacters("sector=ENERGY&q=a%01b")).toBe("q");
    expect(parameterWithControlCharacters("q%00x=1")).toBe("qx");
    expect(parameterWithControlCharacters("q=%D0%B2%D0%BE%D0%B4%D0%B0&page=2")).toBeNull();
    expect(parameterWithControlCharacters("q=line%0Abreak")).toBeNull();
  });

  it("get a 400 page in the visitor's language that links back to the same page only", async () => {
    const page = badAddressPage("ru", "q", "/ru/ventures");
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).toContain("«q»");
    expect(html).toContain('href="/ru/ventures"');
    expect(await badAddressPage("en", "q", "//example.org").text()).toContain('href="/en"');
  });
});

describe("framing", () => {
  // `--path-as-is /embed/%2e%2e/en/manage` served the workspace with frame-ancestors *.
  it("is allowed only for the embed pages as Next routes them", () => {
    expect(isFramable("/embed/trade")).toBe(true);
    expect(isFramable("/embed/trade?lang=ru&series=BILATERAL-KZ-UZ")).toBe(true);
    expect(isFramable("/embed/%2e%2e/en/manage")).toBe(false);
    expect(isFramable("/embed/%2E%2E/en/manage/users")).toBe(false);
    expect(isFramable("/embed/../en/manage")).toBe(false);
    expect(isFramable("/embed/trade%2F..%2F..%2Fen%2Fmanage")).toBe(false);
    expect(isFramable("/en/manage")).toBe(false);
    const headers = Object.fromEntries(securityHeaders(true)("/embed/%2e%2e/en/manage"));
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });
});

describe("the script policy", () => {
  it("with a nonce allows no inline script without it", () => {
    const policy = contentSecurityPolicy({ production: true, nonce: "abc" });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe");
  });
});

describe("a state-changing request's origin", () => {
  const post = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/en/manage/import/run", { method: "POST", headers });

  // The probe: POST /en/manage/import/run with Origin: https://evil.example and a valid cookie was accepted.
  it("must name the host the request was sent to", () => {
    expect(isSameOrigin(post({ host: "monitor.example.org", origin: "https://monitor.example.org" }))).toBe(true);
    expect(isSameOrigin(post({ host: "monitor.example.org", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "monitor.example.org", origin: "null" }))).toBe(false);
    expect(isSameOrigin(post({ host: "monitor.example.org" }))).toBe(false);
    expect(isSameOrigin(post({ host: "127.0.0.1:3000", "x-forwarded-host": "monitor.example.org", origin: "https://monitor.example.org" }))).toBe(true);
  });
});
