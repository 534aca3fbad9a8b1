import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Permission } from "@/lib/auth/permissions";
import { Link } from "@/components/link";

/** What each kind of page is for, so a refused person learns whom it serves rather than only that they may not. */
const PURPOSE: Partial<Record<Permission, "notAllowedUsers" | "notAllowedImport">> = {
  "user:manage": "notAllowedUsers",
  "import:run": "notAllowedImport",
};

/** Shown instead of a form the person's role may not use: says why, whom it is for, and where to go. */
export async function NotAllowed({ role, permission }: { role: Role; permission: Permission }) {
  const t = await getTranslations("workspace");
  return (
    <div role="alert" className="max-w-2xl space-y-2 rounded-lg border-l-4 border-warning bg-amber-50 p-4" data-testid="not-allowed">
      <p className="font-semibold">{t("notAllowedTitle")}</p>
      <p className="text-sm">{t(PURPOSE[permission] ?? "notAllowed", { role: t(`role.${role}`) })}</p>
      <p className="text-sm">
        <Link href="/manage">{t("backToWorkspace")}</Link>
      </p>
    </div>
  );
}
