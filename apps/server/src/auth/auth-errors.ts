/** Nobody is signed in (or the session ended): sign in first. */
export class UnauthorizedError extends Error {
  override readonly name = "UnauthorizedError";
}

/** Signed in, but the role does not allow this. */
export class ForbiddenError extends Error {
  override readonly name = "ForbiddenError";
}

/** Too many failed logins for an account or from an address; the message says until when. */
export class TooManyAttemptsError extends Error {
  override readonly name = "TooManyAttemptsError";
  readonly retryAt: Date;

  constructor(message: string, retryAt: Date) {
    super(message);
    this.retryAt = retryAt;
  }
}
