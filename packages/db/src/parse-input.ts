import type { z } from "zod";
import { ValidationError } from "./errors.ts";

/** Parses input with its schema, turning the first zod issue into a ValidationError naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.join(".") ?? "";
  const where = path === "" ? "" : ` ${path}`;
  throw new ValidationError(`Invalid ${what}:${where} ${issue?.message ?? "is invalid"}`, {
    path,
    cause: parsed.error,
  });
}
