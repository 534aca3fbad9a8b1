import { createNavigation } from "next-intl/navigation";
import { routing } from "@/lib/i18n/routing";

// Server-side redirects in the request's locale. Links use components/link.tsx, which needs no
// client-side i18n runtime.
export const { redirect } = createNavigation(routing);
