/** Something asked for by key does not exist; the message names it, e.g. "No country with code 'ZZ'". */
export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
  readonly entity: string;
  readonly key: string;

  constructor(entity: string, keyName: string, key: string | number) {
    super(`No ${entity} with ${keyName} '${key}'`);
    this.entity = entity;
    this.key = String(key);
  }
}

/** Input the database layer refuses: a bad cursor, a batch that breaks a rule, an out-of-range value. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  /** Where in the input the problem is, when known (e.g. "items.3.guid"). */
  readonly path: string | null;

  constructor(message: string, options: { path?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.path = options.path ?? null;
  }
}

/** A feed URL that another feed already uses. */
export class ConflictError extends Error {
  override readonly name = "ConflictError";
}
