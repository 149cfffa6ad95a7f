import { describe, expect, it } from "vitest";
import { FeedFetchError } from "./feed-errors.ts";
import { fetchFeed } from "./fetch-feed.ts";
import {
  BodyTooLargeError,
  judgeContentType,
  looksLikeFeedBody,
  readLimitedBody,
  untilAborted,
} from "./http-body.ts";

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe("judgeContentType", () => {
  it.each([
    ["application/rss+xml; charset=utf-8", "feed"],
    ["application/atom+xml", "feed"],
    ["application/feed+json", "feed"],
    ["application/vnd.custom+xml", "feed"],
    ["text/xml", "feed"],
    ["text/plain", "feed"],
    ["text/html; charset=utf-8", "feed"],
    ["image/png", "reject"],
    ["video/mp4", "reject"],
    ["audio/mpeg", "reject"],
    ["application/octet-stream", "sniff"],
    [null, "sniff"],
  ] as const)("%s → %s", (contentType, verdict) => {
    expect(judgeContentType(contentType)).toBe(verdict);
  });
});

describe("looksLikeFeedBody", () => {
  it("accepts XML or JSON after a BOM and blanks, and nothing else", () => {
    expect(looksLikeFeedBody(Buffer.from("\uFEFF \r\n\t<rss/>"))).toBe(true);
    expect(looksLikeFeedBody(Buffer.from('{"version": 1}'))).toBe(true);
    expect(looksLikeFeedBody(Buffer.from([0xff, 0xfe, 0x3c, 0x00]))).toBe(true);
    expect(looksLikeFeedBody(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
    expect(looksLikeFeedBody(Buffer.from([0x01, 0x3c]))).toBe(false);
    expect(looksLikeFeedBody(Buffer.alloc(0))).toBe(false);
  });
});

describe("readLimitedBody", () => {
  it("joins chunks up to the cap and refuses one byte more", async () => {
    const signal = new AbortController().signal;
    const chunks = [Buffer.from("ab"), Buffer.from("cd")];
    expect((await readLimitedBody(streamOf(chunks), 4, signal)).toString()).toBe("abcd");
    await expect(readLimitedBody(streamOf(chunks), 3, signal)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect((await readLimitedBody(null, 3, signal)).length).toBe(0);
  });

  it("stops waiting for a stalled stream when the signal aborts", async () => {
    const controller = new AbortController();
    const stalled = new ReadableStream<Uint8Array>({ start: () => undefined });
    setTimeout(() => controller.abort(new Error("deadline")), 20);
    await expect(readLimitedBody(stalled, 10, controller.signal)).rejects.toThrow("deadline");
  });
});

describe("untilAborted", () => {
  it("rejects at once for an aborted signal and passes results through otherwise", async () => {
    const aborted = AbortSignal.abort(new Error("gone"));
    await expect(untilAborted(Promise.resolve(1), aborted)).rejects.toThrow("gone");
    await expect(untilAborted(Promise.resolve(2), new AbortController().signal)).resolves.toBe(2);
  });
});

describe("fetchFeed sniffing", () => {
  const serve = (body: string | Uint8Array, type: string): typeof globalThis.fetch => {
    return async () => new Response(body, { headers: { "content-type": type } });
  };

  it("lets an XML body of unknown type through and stops a binary one", async () => {
    const xml = await fetchFeed("https://f.example/x", {
      fetch: serve("\n <rss/>", "application/octet-stream"),
    });
    expect(xml.status).toBe("ok");
    const binary = await fetchFeed("https://f.example/y", {
      fetch: serve(new Uint8Array([0, 1, 2]), "application/octet-stream"),
    }).catch((error: unknown) => error);
    expect(binary).toBeInstanceOf(FeedFetchError);
    expect(binary).toMatchObject({
      code: "bad-content-type",
      message:
        "Feed 'https://f.example/y' answered with content type 'application/octet-stream' and a body that is neither XML nor JSON",
    });
  });
});
