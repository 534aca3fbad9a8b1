import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * For workspace pages: the signed-in person (anyone else goes to the sign-in page) and
 * whether they may do `permission`, so the page can say "your role cannot do this"
 * instead of showing a form whose save would be refused.
 */
export async function getWorkspaceUser(permission: Permission = "workspace:read"): Promise<{ user: Actor; allowed: boolean }> {
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/sign-in", locale: await getLocale() });
  return { user, allowed: can(user.role, permission) };
}
