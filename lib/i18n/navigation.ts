import { redirect as nextRedirect } from "next/navigation";
import { localizedHref } from "@/lib/i18n/localized-href";

/**
 * A server-side redirect to an in-app path in a locale: `redirect({ href: "/sign-in", locale })`.
 * Plain Next.js: next-intl's navigation helpers would bring its client-side Link into every
 * page that imports them (links use components/link.tsx for the same reason).
 */
export function redirect({ href, locale }: { href: string; locale: string }): never {
  return nextRedirect(localizedHref(href, locale));
}
