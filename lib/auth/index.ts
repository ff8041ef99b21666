import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";

export class AccountLockedError extends CredentialsSignin {
  override code = "locked";
}

/** Sessions last a working day at most; the database check in session.ts can end them sooner. */
const SESSION_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: getEnv().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/admin/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate(
          db,
          credentials.email,
          credentials.password,
          clientIp(request.headers),
        );
        if (result.ok)
          return {
            id: result.user.id,
            email: result.user.email,
            name: result.user.name,
            sessionVersion: result.user.sessionVersion,
          };
        if (result.reason === "locked") throw new AccountLockedError();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        uid: token.uid as string | undefined,
        sv: token.sv as number | undefined,
      };
    },
  },
});
