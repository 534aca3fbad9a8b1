import "server-only";
import nodemailer from "nodemailer";
import { logger } from "@/lib/ops/logger";

export type MailOutcome = "sent" | "notConfigured" | "failed";

/**
 * Sends a plain-text message through the SMTP server in SMTP_URL (for example
 * smtps://user:password@mail.example.org:465?from=monitor@example.org; `from` defaults to
 * no-reply at SITE_URL's host). Without SMTP_URL nothing is sent and the caller tells the
 * person how to pass the message on; a server that refuses is logged and reported, never
 * thrown, so the work that asked for the mail stands.
 */
export async function sendMail(message: { to: string; subject: string; text: string }, env: NodeJS.ProcessEnv = process.env): Promise<MailOutcome> {
  const address = env.SMTP_URL?.trim();
  if (!address) return "notConfigured";
  const url = new URL(address);
  const from = url.searchParams.get("from") ?? `no-reply@${new URL(env.SITE_URL || "http://localhost").hostname}`;
  url.searchParams.delete("from");
  try {
    const transport = nodemailer.createTransport(url.toString());
    await transport.sendMail({ from, ...message });
    return "sent";
  } catch (error) {
    logger.warn({ err: error, to: message.to }, "mail not sent");
    return "failed";
  }
}
