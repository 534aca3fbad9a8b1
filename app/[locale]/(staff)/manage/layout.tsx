import type { ReactNode } from "react";
import type { Metadata } from "next";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { WorkspaceNav } from "@/components/workspace-nav";

export const metadata: Metadata = { robots: { index: false } };

// Per person and always current: never served from the route cache the public pages use.
export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  // Each page sends a person with setup pending to their account page; the frame serves them all.
  const { user } = await getWorkspaceUser("workspace:read", { duringSetup: true });
  return (
    // Whose unsaved drafts this browser keeps for the forms below (components/form-draft.ts).
    <div data-workspace-user={user.id}>
      <WorkspaceNav user={user} />
      {children}
    </div>
  );
}
