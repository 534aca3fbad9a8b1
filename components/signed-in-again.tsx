"use client";

import { useEffect } from "react";

/** The channel on which a sign-in in another tab tells the workspace's open forms that they can save again. */
export const SESSION_CHANNEL = "camon-session";

/** Tells the other tabs of this browser that the person has signed in again. */
export function SignedInAgain({ text }: { text: string }) {
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(SESSION_CHANNEL);
    channel.postMessage("signed-in");
    channel.close();
  }, []);
  return (
    <p role="status" className="max-w-2xl rounded-md bg-green-50 p-4" data-testid="signed-in-notice">
      {text}
    </p>
  );
}
