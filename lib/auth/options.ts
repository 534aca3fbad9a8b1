import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { clientAddress } from "@/lib/client-address";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// Thrown out of authorize(); next-auth passes the message to the sign-in form as `error`.
export const SIGN_IN_ERROR = { invalid: "invalid", throttledPrefix: "throttled:" } as const;

/**
 * next-auth with email and password. Sessions are signed JWTs in an http-only cookie
 * (secure when NEXTAUTH_URL is https); the token carries the user id and the session
 * version, and lib/auth/session.ts checks both against the database on every request,
 * so a role change, a disabled account or "sign out everywhere" takes effect at once.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Sign-in and sign-out never redirect through next-auth (the forms do it), so its
  // base URL does not matter and the warning about NEXTAUTH_URL is noise.
  logger: {
    warn: (code) => code !== "NEXTAUTH_URL" && console.warn(`[next-auth] ${code}`),
    error: (code, metadata) => console.error(`[next-auth] ${code}`, metadata),
    debug: () => undefined,
  },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate(prisma, {
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          address: clientAddress(request?.headers),
        });
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
        throw new Error(result.reason === "throttled" ? `${SIGN_IN_ERROR.throttledPrefix}${result.retryAfterSeconds}` : SIGN_IN_ERROR.invalid);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "sessionVersion" in user) token.sessionVersion = user.sessionVersion;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
    },
  },
};
