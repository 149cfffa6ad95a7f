import { initTRPC } from "@trpc/server";
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

/** Builds a router; one per domain in routers/. */
export const router = t.router;
/** The base of every procedure: no login yet, domain errors mapped. */
export const publicProcedure = t.procedure.use(mapDomainErrors);
/** Makes in-process callers for tests and the CLI. */
export const createCallerFactory = t.createCallerFactory;
