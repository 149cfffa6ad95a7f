import { createHash } from "node:crypto";

/** Decimal places every non-integer number is rounded to before hashing. */
export const CANONICAL_DECIMALS = 6;
const SCALE = 10 ** CANONICAL_DECIMALS;

/** A value canonicalJson refuses: NaN, Infinity, undefined inside an array, a function, a bigint… */
export class CanonicalJsonError extends Error {
  override readonly name = "CanonicalJsonError";
}

/**
 * JSON with one spelling per value, so equal content always hashes equal: object keys sorted by code
 * unit, no whitespace, numbers rounded to 6 decimals (sums read back from SQLite can differ in the last
 * bits depending on the order rows were added) with -0 written as 0, object members that are
 * `undefined` left out (as JSON.stringify does). Array order is kept: callers sort what has no order.
 */
export function canonicalJson(value: unknown): string {
  return write(value, "$");
}

function write(value: unknown, path: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      return formatNumber(value, path);
    case "object":
      if (Array.isArray(value))
        return `[${value.map((entry, index) => write(entry, `${path}[${index}]`)).join(",")}]`;
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      return writeObject(value as Record<string, unknown>, path);
    default:
      throw new CanonicalJsonError(`${path} is ${typeof value}, which has no canonical JSON form`);
  }
}

function writeObject(record: Record<string, unknown>, path: string): string {
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    members.push(`${JSON.stringify(key)}:${write(member, `${path}.${key}`)}`);
  }
  return `{${members.join(",")}}`;
}

/** A finite number rounded to CANONICAL_DECIMALS, in JavaScript's shortest round-trip spelling. */
export function formatNumber(value: number, path = "$"): string {
  if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path} is ${value}, which JSON can't hold`);
  const rounded = Number.isInteger(value) ? value : Math.round(value * SCALE) / SCALE;
  return JSON.stringify(rounded === 0 ? 0 : rounded);
}

/** The SHA-256 of a string's UTF-8 bytes, as 64 lower-case hex digits. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
