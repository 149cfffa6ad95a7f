import { initTRPC } from "@trpc/server";
import { type AuditActor, findProtectedViews, type Role, recordAudit, type Viewer } from "@vigil/db";
import { ForbiddenError, UnauthorizedError } from "./auth/auth-errors.ts";
import type { Context } from "./context.ts";
import { describeZodError, INTERNAL_ERROR_MESSAGE, rethrowAsTRPCError } from "./errors.ts";

// isDev false: stack traces never reach a client, in development either; the server logs them instead.
const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const issues = error.code === "BAD_REQUEST" ? describeZodError(error.cause) : null;
    // A 500 is a bug, and its message could name tables or files: the client gets a plain sentence.
    const message =
      error.code === "INTERNAL_SERVER_ERROR" ? INTERNAL_ERROR_MESSAGE : (issues ?? shape.message);
    return {
      ...shape,
      message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path },
    };
  },
});

/** Every procedure passes through here, so domain errors are mapped to tRPC codes in one place. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) rethrowAsTRPCError(result.error);
  return result;
});

/**
 * Writes every view of a reporter's protected fields to the audit log: whatever a procedure returns,
 * each alert in it whose `protected` part is filled is logged against the signed-in viewer (a reporter
 * reading their own alert excepted). If the log can't be written, the response fails: nothing is shown
 * unlogged.
 */
const auditProtectedViews = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  const viewer = ctx.viewer;
  if (!result.ok || !viewer) return result;
  const views = findProtectedViews(result.data).filter((view) => view.reporterUserId !== viewer.userId);
  if (views.length > 0) {
    const at = ctx.now();
    await recordAudit(
      ctx.db,
      views.map((view) => ({
        at,
        actor: { kind: "user", userId: viewer.userId, apiKeyId: null },
        action: "alert.view-protected",
        alertId: view.alertId,
        detail: { procedure: path, fields: ["reporter", "organisation", "place", "links"] },
      })),
    );
  }
  return result;
});

/** Builds a router; one per domain in routers/. */
export const router = t.router;
/** The base of every procedure: anyone may call it; domain errors mapped, protected views logged. */
export const publicProcedure = t.procedure.use(mapDomainErrors).use(auditProtectedViews);
/** Makes in-process callers for tests and the CLI. */
export const createCallerFactory = t.createCallerFactory;

function signedIn(ctx: Context, options: { isPasswordChangeAllowed: boolean }): Viewer | null {
  if (ctx.isLocalOperator) return null;
  if (!ctx.viewer) {
    throw new UnauthorizedError(
      ctx.authProblem ??
        (ctx.apiKey ? "An API key may only submit alerts" : "You are not signed in; sign in first"),
    );
  }
  if (ctx.mustChangePassword && !options.isPasswordChangeAllowed) {
    throw new ForbiddenError("Choose your own password first: you signed in with a one-time password");
  }
  return ctx.viewer;
}

/** A procedure for these roles only (and the local CLI). */
export function procedureFor(roles: readonly Role[]) {
  return publicProcedure.use(({ ctx, next }) => {
    const viewer = signedIn(ctx, { isPasswordChangeAllowed: false });
    if (viewer && !roles.includes(viewer.role)) {
      throw new ForbiddenError(`This needs the role ${roles.join(" or ")}; you are ${article(viewer.role)}`);
    }
    return next();
  });
}

/** Any signed-in user, also one who must still change a one-time password: auth.me, logout, changePassword. */
export const accountProcedure = publicProcedure.use(({ ctx, next }) => {
  signedIn(ctx, { isPasswordChangeAllowed: true });
  return next();
});

/** Read the map, countries and evidence: analysts, coordinators and admins. */
export const readerProcedure = procedureFor(["analyst", "coordinator", "admin"]);
/** Submit alerts and follow their own: members, coordinators and admins (with an organisation). */
export const reporterProcedure = procedureFor(["member", "coordinator", "admin"]);
/** Review alerts and manage feeds: coordinators and admins. */
export const coordinatorProcedure = procedureFor(["coordinator", "admin"]);
/** Manage users, organisations, API keys; read the audit log. */
export const adminProcedure = procedureFor(["admin"]);

/** alert.submit: a reporter, or an integration's API key acting for its organisation. */
export const submitterProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.apiKey) return next();
  const viewer = signedIn(ctx, { isPasswordChangeAllowed: false });
  if (viewer && !["member", "coordinator", "admin"].includes(viewer.role)) {
    throw new ForbiddenError(
      `This needs the role member, coordinator or admin; you are ${article(viewer.role)}`,
    );
  }
  return next();
});

/** Who the audit log names for a context's actions. */
export function actorOf(ctx: Context): AuditActor {
  if (ctx.viewer) return { kind: "user", userId: ctx.viewer.userId, apiKeyId: null };
  if (ctx.apiKey) return { kind: "api-key", userId: null, apiKeyId: ctx.apiKey.id };
  return { kind: "cli", userId: null, apiKeyId: null };
}

/** The signed-in viewer, for procedures that act as a person (the CLI has none). */
export function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthorizedError("This needs a signed-in user");
  return ctx.viewer;
}

function article(role: Role): string {
  return `${role === "admin" || role === "analyst" ? "an" : "a"} ${role}`;
}
