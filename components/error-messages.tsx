"use client";

import { createContext, useContext, type ReactNode } from "react";

type ErrorTexts = { title: string; body: string; retry: string };
export type ErrorMessages = { error: ErrorTexts; unavailable: ErrorTexts };

const ErrorMessagesContext = createContext<ErrorMessages | null>(null);

/**
 * The error page's texts, translated on the server by the layout: an error boundary must be a
 * client component, and these six strings are all it needs, not the whole i18n runtime.
 */
export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children: ReactNode }) {
  return <ErrorMessagesContext value={messages}>{children}</ErrorMessagesContext>;
}

export function useErrorMessages(): ErrorMessages {
  const messages = useContext(ErrorMessagesContext);
  if (!messages) throw new Error("useErrorMessages needs the ErrorMessagesProvider of components/site-shell.tsx");
  return messages;
}
