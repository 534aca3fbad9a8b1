import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { allows, type Actor, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * For workspace pages: the signed-in person (anyone else goes to the sign-in page) and
 * whether they may do `permission`, so the page can say "your role cannot do this"
 * instead of showing a form whose save would be refused. A person who still owes a new
 * password or a second factor is sent to their account page, the one page that lets them
 * (`duringSetup`), whatever workspace address they open.
 */
export async function getWorkspaceUser(
  permission: Permission = "workspace:read",
  options: { duringSetup?: boolean } = {},
): Promise<{ user: Actor; allowed: boolean }> {
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/sign-in", locale: await getLocale() });
  if (user.setup && !options.duringSetup) return redirect({ href: "/manage/account", locale: await getLocale() });
  return { user, allowed: allows(user, permission) };
}
