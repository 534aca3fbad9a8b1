"use client";

import NextLink from "next/link";
import { useParams } from "next/navigation";
import type { ComponentProps } from "react";
import { localizedHref } from "@/lib/i18n/localized-href";

/**
 * next/link to an in-app path in the page's language ("/trade" → "/en/trade"; for a URL object,
 * its pathname). The locale comes from the route, so pages need no client-side i18n runtime
 * (next-intl's Link reads it from NextIntlClientProvider, which would ship use-intl and the
 * messages to every visitor). What the not-found page draws (app/global-not-found.tsx, outside
 * any locale's route) passes its locale.
 */
export function Link({ href, locale: given, ...rest }: ComponentProps<typeof NextLink> & { locale?: string }) {
  const params = useParams<{ locale: string }>();
  const locale = given ?? params.locale;
  const localized = typeof href === "string" ? localizedHref(href, locale) : { ...href, pathname: href.pathname && localizedHref(href.pathname, locale) };
  return <NextLink href={localized} {...rest} />;
}
