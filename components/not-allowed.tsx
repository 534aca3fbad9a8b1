import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/generated/prisma/enums";
import { Link } from "@/components/link";

/** Shown instead of a form the person's role may not use: says why and where to go. */
export async function NotAllowed({ role }: { role: Role }) {
  const t = await getTranslations("workspace");
  return (
    <div role="alert" className="max-w-2xl space-y-2 rounded-lg border-l-4 border-warning bg-amber-50 p-4" data-testid="not-allowed">
      <p className="font-semibold">{t("notAllowedTitle")}</p>
      <p className="text-sm">{t("notAllowed", { role: t(`role.${role}`) })}</p>
      <p className="text-sm">
        <Link href="/manage">{t("backToWorkspace")}</Link>
      </p>
    </div>
  );
}
