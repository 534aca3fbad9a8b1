"use client";

import NextLink from "next/link";
import { useParams } from "next/navigation";
import type { ComponentProps } from "react";
import { localizedHref } from "@/lib/i18n/localized-href";

/**
 * next/link to an in-app path in the page's language ("/trade" → "/en/trade"; for a URL object,
 * its pathname). The locale comes from the route, so pages need no client-side i18n runtime
 * (next-intl's Link reads it from NextIntlClientProvider, which would ship use-intl and the
 * messages to every visitor).
 */
export function Link({ href, ...rest }: ComponentProps<typeof NextLink>) {
  const { locale } = useParams<{ locale: string }>();
  const localized = typeof href === "string" ? localizedHref(href, locale) : { ...href, pathname: href.pathname && localizedHref(href.pathname, locale) };
  return <NextLink href={localized} {...rest} />;
}
