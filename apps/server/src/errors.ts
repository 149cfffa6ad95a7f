import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ConflictError, NotFoundError, ValidationError } from "@vigil/db";
import { ZodError } from "zod";
import { ForbiddenError, TooManyAttemptsError, UnauthorizedError } from "./auth/auth-errors.ts";
import { FeedFetchError, FeedParseError } from "./ingest/feed-errors.ts";

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Domain error classes and the tRPC code each becomes. Packages throw their own errors and never import
 * tRPC; this table is the one place that decides what a client sees.
 */
const DOMAIN_ERROR_CODES: readonly (readonly [ErrorClass, TRPC_ERROR_CODE_KEY])[] = [
  [NotFoundError, "NOT_FOUND"],
  [ValidationError, "BAD_REQUEST"],
  [ConflictError, "CONFLICT"],
  [FeedFetchError, "BAD_REQUEST"],
  [FeedParseError, "BAD_REQUEST"],
  [UnauthorizedError, "UNAUTHORIZED"],
  [ForbiddenError, "FORBIDDEN"],
  [TooManyAttemptsError, "TOO_MANY_REQUESTS"],
];

/** The tRPC code for a domain error, or null when the error is not one we know (a bug: 500). */
export function codeForDomainError(error: unknown): TRPC_ERROR_CODE_KEY | null {
  if (error instanceof ZodError) return "BAD_REQUEST";
  for (const [errorClass, code] of DOMAIN_ERROR_CODES) if (error instanceof errorClass) return code;
  return null;
}

/**
 * Rethrows a procedure's failure with the right code: domain errors keep their own message (they name
 * the thing), unknown errors become a plain INTERNAL_SERVER_ERROR whose message reveals nothing.
 */
export function rethrowAsTRPCError(error: TRPCError): never {
  const cause = error.cause;
  // Only errors the resolver threw itself: tRPC wraps those keeping their message. An output validation
  // failure also carries a ZodError, but it is our bug, not the caller's: it stays a 500.
  const isThrownByResolver = cause !== undefined && error.message === cause.message;
  const code =
    error.code === "INTERNAL_SERVER_ERROR" && isThrownByResolver ? codeForDomainError(cause) : null;
  if (code === null) throw error;
  throw new TRPCError({ code, message: describeZodError(cause) ?? cause?.message, cause });
}

/** What a client reads for any unexpected failure; the details go to the server log only. */
export const INTERNAL_ERROR_MESSAGE = "Internal error; the server log has the details";

/** A zod error as readable text (`window: expected one of "7d"|"30d"… or a number`), or null for other errors. */
export function describeZodError(error: unknown): string | null {
  if (!(error instanceof ZodError)) return null;
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      return `${where}${describeIssue(issue)}`;
    })
    .join("; ");
}

// zod says only "Invalid input" for a union; the branches' own messages say what would have fitted.
function describeIssue(issue: ZodError["issues"][number]): string {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return issue.message;
  const branches = issue.errors.map((branch) => branch.map((inner) => inner.message).join(", "));
  return [...new Set(branches)].join(" or ");
}
