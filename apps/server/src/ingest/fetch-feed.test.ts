import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer, TEST_ETAG } from "../test-utils/feed-server.ts";
import { FeedFetchError } from "./feed-errors.ts";
import { fetchAndParse } from "./feed-pipeline.ts";
import { fetchFeed, VIGIL_USER_AGENT } from "./fetch-feed.ts";

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({ flakyFailures: 2 });
});
afterAll(async () => {
  await server.close();
});

async function fetchError(promise: Promise<unknown>): Promise<FeedFetchError> {
  const outcome = await promise.then(
    () => new Error("expected the fetch to fail"),
    (error: unknown) => error,
  );
  if (outcome instanceof FeedFetchError) return outcome;
  throw outcome;
}

async function timed<T>(promise: Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await promise;
  return { value, seconds: (performance.now() - started) / 1000 };
}

describe("fetchFeed against a loopback server", () => {
  it("fetches a healthy feed", async () => {
    const result = await fetchFeed(server.url("/healthy"));
    expect(result).toMatchObject({
      status: "ok",
      contentType: "application/rss+xml",
      finalUrl: server.url("/healthy"),
    });
    if (result.status === "ok") expect(result.body.toString("utf8")).toContain("<rss");
  });

  it("does a conditional GET with the ETag and gets not-modified", async () => {
    const first = await fetchFeed(server.url("/etag"));
    expect(first).toMatchObject({
      status: "ok",
      etag: TEST_ETAG,
      lastModified: "Mon, 01 Jan 2024 00:00:00 GMT",
    });
    const second = await fetchFeed(server.url("/etag"), { etag: TEST_ETAG });
    expect(second).toEqual({ status: "not-modified", finalUrl: server.url("/etag") });
    expect(server.requestCount("/etag")).toBe(2);
  });

  it("cuts off a server that never answers at the deadline", async () => {
    const { value: error, seconds } = await timed(
      fetchError(fetchFeed(server.url("/hang"), { timeoutMs: 1000 })),
    );
    expect(error.code).toBe("timeout");
    expect(error.message).toBe(`Feed '${server.url("/hang")}' did not finish within 1 s`);
    expect(seconds).toBeGreaterThanOrEqual(0.9);
    expect(seconds).toBeLessThan(1.8);
  });

  it("cuts off a body that drips a byte a second at the deadline", async () => {
    const { value: error, seconds } = await timed(
      fetchError(fetchFeed(server.url("/drip"), { timeoutMs: 1500 })),
    );
    expect(error).toMatchObject({
      code: "timeout",
      message: expect.stringContaining("did not finish within 1.5 s"),
    });
    expect(seconds).toBeLessThan(2.3);
  });

  it("stops reading a huge body at the cap, and the server stops sending", async () => {
    const maxBytes = 1024 * 1024;
    const error = await fetchError(fetchFeed(server.url("/huge"), { maxBytes }));
    expect(error.code).toBe("too-large");
    expect(error.message).toBe(`Feed '${server.url("/huge")}' is larger than the limit of 1,048,576 bytes`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sent = server.bytesSent("/huge");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.bytesSent("/huge")).toBe(sent);
    expect(sent).toBeLessThan(32 * 1024 * 1024);
  });

  it("refuses a body whose Content-Length is over the cap before reading it", async () => {
    const error = await fetchError(fetchFeed(server.url("/huge?declare=1")));
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("(it announced 209,715,200)");
  });

  it("gives up on a redirect loop after the cap", async () => {
    const error = await fetchError(fetchFeed(server.url("/loop"), { maxRedirects: 3 }));
    expect(error.code).toBe("too-many-redirects");
    expect(error.message).toBe(
      `Feed '${server.url("/loop")}' redirected more than 3 times (last to '/loop')`,
    );
    expect(server.requestCount("/loop")).toBe(4);
  });

  it("follows a redirect and reports the final URL; refuses non-http addresses", async () => {
    expect(await fetchFeed(server.url("/redirect"))).toMatchObject({
      status: "ok",
      finalUrl: server.url("/healthy"),
    });
    const error = await fetchError(fetchFeed(server.url("/redirect-ftp")));
    expect(error.code).toBe("bad-url");
    expect(error.message).toContain(
      "redirected to 'ftp://127.0.0.1/feed.xml', which is not an http(s) address",
    );
    expect(await fetchError(fetchFeed("file:///etc/passwd"))).toMatchObject({ code: "bad-url" });
    expect(await fetchError(fetchFeed("not a url"))).toMatchObject({
      code: "bad-url",
      message: "Feed 'not a url' is not a valid URL",
    });
  });

  it("reports HTTP errors with their status until a flaky server recovers", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await fetchError(fetchFeed(server.url("/flaky")));
      expect(error).toMatchObject({ code: "http-error", status: 500 });
      expect(error.message).toBe(`Feed '${server.url("/flaky")}' answered 500 Internal Server Error`);
    }
    expect(await fetchFeed(server.url("/flaky"))).toMatchObject({ status: "ok" });
    expect(await fetchError(fetchFeed(server.url("/missing")))).toMatchObject({ status: 404 });
  });

  it("rejects an image", async () => {
    const error = await fetchError(fetchFeed(server.url("/wrong-type")));
    expect(error.code).toBe("bad-content-type");
    expect(error.message).toBe(
      `Feed '${server.url("/wrong-type")}' answered with content type 'image/png', which is not a feed`,
    );
  });

  it("reports an unreachable host as a network error", async () => {
    const closed = await startFeedServer();
    const url = closed.url("/healthy");
    await closed.close();
    const error = await fetchError(fetchFeed(url));
    expect(error.code).toBe("network");
    expect(error.message).toMatch(
      /^Feed 'http:\/\/127\.0\.0\.1:\d+\/healthy' could not be fetched: .*ECONNREFUSED/,
    );
  });

  it("keeps serving a healthy feed while hostile requests are in flight", async () => {
    const options = { timeoutMs: 2000 };
    let hostileSettled = 0;
    const hostile = ["/hang", "/drip", "/huge"].map((path) =>
      fetchError(fetchFeed(server.url(path), options)).finally(() => {
        hostileSettled++;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { value: healthy, seconds } = await timed(fetchAndParse(server.url("/healthy"), options));
    expect(seconds).toBeLessThan(0.5);
    expect(healthy.status === "ok" && healthy.feed.items.map((item) => item.title)).toEqual([
      "Test item 1",
      "Test item 2",
      "Test item 3",
    ]);
    expect(hostileSettled).toBeLessThan(3);
    const { value: errors, seconds: total } = await timed(Promise.all(hostile));
    expect(errors.map((error) => error.code)).toEqual(["timeout", "timeout", "too-large"]);
    expect(total).toBeLessThan(2.5);
  });
});

describe("fetchFeed with an injected fetch", () => {
  it("sends the User-Agent, Accept and both conditional headers, with manual redirects", async () => {
    let seen: RequestInit | undefined;
    const fetch: typeof globalThis.fetch = async (_url, init) => {
      seen = init;
      return new Response(null, { status: 304 });
    };
    await fetchFeed("https://feeds.example/a", {
      fetch,
      etag: '"x"',
      lastModified: "Mon, 01 Jan 2024 00:00:00 GMT",
    });
    expect(seen?.redirect).toBe("manual");
    expect(seen?.headers).toMatchObject({
      "user-agent": VIGIL_USER_AGENT,
      "if-none-match": '"x"',
      "if-modified-since": "Mon, 01 Jan 2024 00:00:00 GMT",
      accept: expect.stringContaining("application/rss+xml"),
    });
  });

  it("times out even when the injected fetch ignores the abort signal", async () => {
    const fetch: typeof globalThis.fetch = () => new Promise<Response>(() => undefined);
    const error = await fetchError(fetchFeed("https://feeds.example/slow", { fetch, timeoutMs: 100 }));
    expect(error.message).toBe("Feed 'https://feeds.example/slow' did not finish within 0.1 s");
  });

  it("passes the server's Retry-After seconds on with an HTTP error", async () => {
    const fetch: typeof globalThis.fetch = async () =>
      new Response("busy", { status: 503, headers: { "retry-after": "120" } });
    expect(await fetchError(fetchFeed("https://f.example/busy", { fetch }))).toMatchObject({
      code: "http-error",
      status: 503,
      retryAfterSeconds: 120,
      message: "Feed 'https://f.example/busy' answered 503 Service Unavailable",
    });
  });
});
