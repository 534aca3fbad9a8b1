import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/auth/sessions";
import { clientAddress } from "@/lib/client-address";
import { isDatabaseUnreachable } from "@/lib/database-unavailable";
import { servedOverHttps } from "@/lib/site-url";

// Thrown out of authorize(); next-auth passes the message to the sign-in form as `error`.
export const SIGN_IN_ERROR = { invalid: "invalid", secondFactor: "secondFactor", unavailable: "unavailable", throttledPrefix: "throttled:" } as const;

/**
 * next-auth with email and password. The cookie is a signed JWT (http-only, `Secure` when
 * SITE_URL is https) naming the person and their session (lib/auth/sessions.ts), which
 * lib/auth/session.ts checks in the database on every request: signing out ends that
 * session, a role change, a disabled account or "sign out everywhere" takes effect at once.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: servedOverHttps(),
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
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, request) {
        let result: Awaited<ReturnType<typeof authenticate>>;
        try {
          result = await authenticate(prisma, {
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            code: credentials?.code,
            address: clientAddress(request?.headers),
          });
        } catch (error) {
          if (isDatabaseUnreachable(error)) throw new Error(SIGN_IN_ERROR.unavailable);
          throw error;
        }
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
        throw new Error(result.reason === "throttled" ? `${SIGN_IN_ERROR.throttledPrefix}${result.retryAfterSeconds}` : SIGN_IN_ERROR[result.reason]);
      },
    }),
  ],
  callbacks: {
    // `user` is there only at sign-in: the moment a session starts.
    async jwt({ token, user }) {
      if (user) token.sid = await startSession(prisma, user.id);
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionId: token.sid };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(prisma, token.sid);
    },
  },
};
