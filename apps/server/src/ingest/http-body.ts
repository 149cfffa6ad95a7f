/** What to do with a response, judged by its Content-Type before the body is read. */
export type ContentTypeVerdict = "feed" | "sniff" | "reject";

const FEED_MEDIA_TYPES = new Set([
  "application/rss+xml",
  "application/atom+xml",
  "application/rdf+xml",
  "application/xml",
  "application/x-rss+xml",
  "application/feed+json",
  "application/json",
]);
const NEVER_FEEDS = /^(image|video|audio|font|model)\//;

/** The lower-cased media type of a Content-Type header, without parameters ("" when absent). */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType?.split(";")[0] ?? "").trim().toLowerCase();
}

/**
 * Judges a Content-Type. Any text/* passes, text/html included, so that the parser can say
 * "looks like an HTML page" (and read the few feeds served as HTML); binary media never do;
 * anything else (application/octet-stream, a missing header) is decided by sniffing the body.
 */
export function judgeContentType(contentType: string | null): ContentTypeVerdict {
  const mediaType = mediaTypeOf(contentType);
  if (mediaType === "") return "sniff";
  if (NEVER_FEEDS.test(mediaType)) return "reject";
  if (FEED_MEDIA_TYPES.has(mediaType) || mediaType.startsWith("text/")) return "feed";
  if (mediaType.endsWith("+xml") || mediaType.endsWith("+json")) return "feed";
  return "sniff";
}

/** True when a body starts (after a BOM and blanks) like XML or JSON. */
export function looksLikeFeedBody(body: Uint8Array): boolean {
  if ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff)) return true;
  let index = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  while (index < body.length && isBlank(body[index] ?? 0)) index++;
  return body[index] === 0x3c || body[index] === 0x7b;
}

// Space, tab, newline, vertical tab, form feed, carriage return.
function isBlank(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Why `readLimitedBody` stopped early. */
export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";
}

/**
 * Reads a body stream chunk by chunk, so a slow-dripping server is cut off at the deadline
 * (the signal) and an endless one at `maxBytes`, without ever holding more than that.
 */
export async function readLimitedBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await untilAborted(reader.read(), signal);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new BodyTooLargeError(`body exceeds ${maxBytes} bytes`);
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  return Buffer.concat(chunks, total);
}

/** Throws away a response body we will not read, so its connection is released. */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}
