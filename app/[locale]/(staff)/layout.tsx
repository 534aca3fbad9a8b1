import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";

// The workspace's forms translate on the client (validation messages, field errors), so the
// i18n runtime and the messages are sent here only, not to every visitor of the public pages.
export default function StaffLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
