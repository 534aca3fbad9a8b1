"use client";

import { signOut } from "next-auth/react";

/** Ends this browser's session and returns to the sign-in page. */
export function SignOutButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <button
      type="button"
      // Asked about first by a form with unsaved changes (components/record-form.tsx).
      data-leaves-page
      onClick={async () => {
        await signOut({ redirect: false });
        window.location.assign(callbackUrl);
      }}
      className="rounded-md border border-line px-3 py-1 text-sm hover:bg-canvas"
    >
      {label}
    </button>
  );
}
