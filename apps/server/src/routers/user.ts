import {
  createUser,
  getUser,
  listUsers,
  recordAudit,
  revokeUserSessions,
  setPasswordHash,
  UserAddSchema,
  UserSchema,
  UserUpdateSchema,
  updateUser,
} from "@vigil/db";
import { z } from "zod";
import { generateOneTimePassword, hashPassword } from "../auth/password.ts";
import { actorOf, adminProcedure, router } from "../trpc.ts";

const UserIdSchema = z.object({ id: z.number().int().positive() });
const WithOneTimePasswordSchema = z.object({
  user: UserSchema,
  /** Shown once: the user signs in with it and must then choose their own password. */
  oneTimePassword: z.string(),
});

/** Accounts: admins add users, change roles and organisations, reset passwords, end sessions. */
export const userRouter = router({
  /** Adds a user with a one-time password, returned once; nothing ships with a default password. */
  add: adminProcedure
    .input(UserAddSchema)
    .output(WithOneTimePasswordSchema)
    .mutation(async ({ ctx, input }) => {
      const oneTimePassword = generateOneTimePassword();
      const now = ctx.now();
      const user = await createUser(ctx.db, {
        user: input,
        passwordHash: await hashPassword(oneTimePassword),
        now,
      });
      await recordAudit(ctx.db, [
        {
          at: now,
          actor: actorOf(ctx),
          action: "user.add",
          targetUserId: user.id,
          detail: { role: user.role, organisation: user.organisation?.name ?? null },
        },
      ]);
      return { user, oneTimePassword };
    }),
  /** Every user. */
  list: adminProcedure.output(z.array(UserSchema)).query(({ ctx }) => listUsers(ctx.db)),
  /** Changes role, organisation, name, review-all permission, or disables (which ends their sessions). */
  update: adminProcedure
    .input(UserUpdateSchema)
    .output(UserSchema)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const before = await getUser(ctx.db, input.id);
      const user = await updateUser(ctx.db, { update: input, now });
      if (
        user.disabledAt !== null ||
        user.role !== before.role ||
        user.organisation?.id !== before.organisation?.id
      ) {
        // Sessions carry the old role and organisation until they end; end them now.
        await revokeUserSessions(ctx.db, { userId: user.id, now });
      }
      const { id: _id, ...changes } = input;
      await recordAudit(ctx.db, [
        { at: now, actor: actorOf(ctx), action: "user.update", targetUserId: user.id, detail: { changes } },
      ]);
      return user;
    }),
  /** A new one-time password for a user who lost theirs; their sessions end. */
  resetPassword: adminProcedure
    .input(UserIdSchema)
    .output(WithOneTimePasswordSchema)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const oneTimePassword = generateOneTimePassword();
      await setPasswordHash(ctx.db, {
        userId: input.id,
        passwordHash: await hashPassword(oneTimePassword),
        isOneTime: true,
        now,
      });
      await revokeUserSessions(ctx.db, { userId: input.id, now });
      await recordAudit(ctx.db, [
        { at: now, actor: actorOf(ctx), action: "user.reset-password", targetUserId: input.id, detail: {} },
      ]);
      return { user: await getUser(ctx.db, input.id), oneTimePassword };
    }),
  /** Ends every session of a user at once (a lost phone, a departure). */
  revokeSessions: adminProcedure
    .input(UserIdSchema)
    .output(z.object({ revoked: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      await getUser(ctx.db, input.id);
      const revoked = await revokeUserSessions(ctx.db, { userId: input.id, now });
      await recordAudit(ctx.db, [
        {
          at: now,
          actor: actorOf(ctx),
          action: "user.revoke-sessions",
          targetUserId: input.id,
          detail: { revoked },
        },
      ]);
      return { revoked };
    }),
});
