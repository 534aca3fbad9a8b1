import { describe, expect, it } from "vitest";
import { createNavigation } from "next-intl/navigation";
import { routing } from "@/lib/i18n/routing";
import { localizedHref, pathInLocale } from "@/lib/i18n/localized-href";
import { pathLocale } from "@/lib/i18n/path-locale";

const { getPathname } = createNavigation(routing);

describe("links in the visitor's language", () => {
  const hrefs = [
    "/",
    "/trade",
    "/summits/consultative-meeting-7",
    "/manage/audit?entity=venture&entityId=v-1",
    "/ventures?country=KZ&page=2",
    "/?tab=x",
    "/#content",
  ];

  it.each(routing.locales)("points each in-app link where next-intl would (%s)", (locale) => {
    for (const href of hrefs) expect(localizedHref(href, locale)).toBe(getPathname({ href, locale }));
  });

  it("prefixes the locale to a path and leaves other addresses alone", () => {
    expect(localizedHref("/trade", "ru")).toBe("/ru/trade");
    expect(localizedHref("/", "en")).toBe("/en");
    expect(localizedHref("https://stat.gov.kz/", "en")).toBe("https://stat.gov.kz/");
    expect(localizedHref("//cdn.example.org/x", "en")).toBe("//cdn.example.org/x");
  });
});

describe("the language switch", () => {
  it("keeps the page and changes only its language", () => {
    expect(pathInLocale("/en/summits/consultative-meeting-7", "ru")).toBe("/ru/summits/consultative-meeting-7");
    expect(pathInLocale("/ru", "en")).toBe("/en");
    expect(pathInLocale("/en/summits/view/all", "ru")).toBe("/ru/summits");
    expect(pathInLocale("/ru/ventures/view/cGFpcj1LWi1VWg", "en")).toBe("/en/ventures");
    expect(pathInLocale("/ru/manage/ventures/new", "ru")).toBe("/ru/manage/ventures/new");
  });
});

describe("the language of a requested path", () => {
  it("is the path's locale prefix, and the default locale for any other path", () => {
    expect(pathLocale("/en")).toBe("en");
    expect(pathLocale("/en/summits/no-such")).toBe("en");
    expect(pathLocale("/ru/no-such")).toBe("ru");
    expect(pathLocale("/english/x")).toBe(routing.defaultLocale);
    expect(pathLocale("/favicon.ico")).toBe(routing.defaultLocale);
    expect(pathLocale("/")).toBe(routing.defaultLocale);
  });
});
