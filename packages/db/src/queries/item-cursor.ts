import { ValidationError } from "../errors.ts";

/** A position in the (published_at desc, id desc) order. */
export interface ItemCursor {
  publishedAt: string;
  id: number;
}

/** Encodes a cursor as opaque base64url; clients must not build or read it. */
export function encodeItemCursor(cursor: ItemCursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt, cursor.id])).toString("base64url");
}

/** Decodes a cursor made by encodeItemCursor, or throws a ValidationError naming it. */
export function decodeItemCursor(cursor: string): ItemCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "string" &&
      !Number.isNaN(Date.parse(value[0])) &&
      Number.isSafeInteger(value[1])
    ) {
      return { publishedAt: value[0], id: value[1] as number };
    }
  } catch {
    // Falls through to the error below: bad base64 and bad JSON are the same mistake to the caller.
  }
  throw new ValidationError(`Invalid cursor '${cursor}': pass the nextCursor of a previous page`, {
    path: "cursor",
  });
}
