import {
  ChangePasswordSchema,
  getUser,
  LoginSchema,
  passwordHashOf,
  recordAudit,
  revokeSession,
  revokeUserSessions,
  setPasswordHash,
  UserSchema,
  ValidationError,
} from "@vigil/db";
import { z } from "zod";
import { UnauthorizedError } from "../auth/auth-errors.ts";
import { logIn } from "../auth/log-in.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { accountProcedure, actorOf, publicProcedure, router, viewerOf } from "../trpc.ts";

/** Signing in and out, and one's own password. */
export const authRouter = router({
  /** Signs in and sets the session cookie; refused for a while after too many failures (the message says until when). */
  login: publicProcedure
    .input(LoginSchema)
    .output(z.object({ user: UserSchema }))
    .mutation(async ({ ctx, input }) => {
      const { user, token, maxAgeSeconds } = await logIn(ctx.db, {
        ...input,
        clientAddress: ctx.clientAddress,
        now: ctx.now(),
        auth: ctx.auth,
      });
      ctx.cookies.set(token, maxAgeSeconds);
      return { user };
    }),
  /** Who is signed in (null when nobody is), and why not when a session just ended. */
  me: publicProcedure
    .output(z.object({ user: UserSchema.nullable(), problem: z.string().nullable() }))
    .query(async ({ ctx }) => ({
      user: ctx.viewer ? await getUser(ctx.db, ctx.viewer.userId) : null,
      problem: ctx.viewer ? null : ctx.authProblem,
    })),
  /** Ends this session and clears the cookie. */
  logout: accountProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    if (ctx.sessionId) await revokeSession(ctx.db, { id: ctx.sessionId, now: ctx.now() });
    ctx.cookies.clear();
    return { ok: true as const };
  }),
  /** Replaces one's password (required after a one-time password); other sessions of the user end. */
  changePassword: accountProcedure
    .input(ChangePasswordSchema)
    .output(z.object({ user: UserSchema }))
    .mutation(async ({ ctx, input }) => {
      const viewer = viewerOf(ctx);
      if (!(await verifyPassword(input.currentPassword, await passwordHashOf(ctx.db, viewer.userId)))) {
        throw new UnauthorizedError("The current password is wrong");
      }
      if (input.newPassword === input.currentPassword) {
        throw new ValidationError("Choose a new password, not the current one", { path: "newPassword" });
      }
      const now = ctx.now();
      await setPasswordHash(ctx.db, {
        userId: viewer.userId,
        passwordHash: await hashPassword(input.newPassword),
        isOneTime: false,
        now,
      });
      await revokeUserSessions(ctx.db, { userId: viewer.userId, now, exceptId: ctx.sessionId ?? undefined });
      await recordAudit(ctx.db, [
        {
          at: now,
          actor: actorOf(ctx),
          action: "auth.change-password",
          targetUserId: viewer.userId,
          detail: {},
        },
      ]);
      return { user: await getUser(ctx.db, viewer.userId) };
    }),
});
