import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/** One item of the `/healthy` feed. */
export interface TestFeedItem {
  title: string;
  description: string;
  link: string;
  pubDate?: string;
}

/** Options for `startFeedServer`. */
export interface FeedServerOptions {
  /** Items of `/healthy` (and of `/flaky` once it recovers, and `/etag`). */
  items?: TestFeedItem[];
  /** Requests to `/flaky` that answer 500 before it answers 200. Default 2. */
  flakyFailures?: number;
  /** Bytes `/huge` streams. Default 200 MB. */
  hugeBytes?: number;
}

/** A loopback feed server with hostile routes; every request is counted by path. */
export interface FeedServer {
  url(path: string): string;
  /** Requests received for a path (without query). */
  requestCount(path: string): number;
  /** Body bytes written for a path, summed over its requests. */
  bytesSent(path: string): number;
  close(): Promise<void>;
}

/** The ETag `/etag` answers with. */
export const TEST_ETAG = '"vigil-test-v1"';
const BOMB_DEPTH = 9;
const DEFAULT_ITEMS: TestFeedItem[] = [1, 2, 3].map((n) => ({
  title: `Test item ${n}`,
  description: `<p>Body of <b>item ${n}</b> &amp; more</p>`,
  link: `https://example.org/items/${n}`,
  pubDate: `Mon, 0${n} Jan 2024 12:00:00 GMT`,
}));

/** Renders an RSS 2.0 document; text is escaped, so descriptions may hold HTML. */
export function renderRss(items: TestFeedItem[], title = "Vigil test feed"): string {
  const body = items
    .map((item) => {
      const date = item.pubDate ? `<pubDate>${escapeXml(item.pubDate)}</pubDate>` : "";
      const parts = [item.title, item.link, item.description].map(escapeXml);
      return `<item><title>${parts[0]}</title><link>${parts[1]}</link><description>${parts[2]}</description>${date}</item>`;
    })
    .join("\n");
  const channel = `<title>${escapeXml(title)}</title><link>https://example.org/</link>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>${channel}\n${body}\n</channel></rss>\n`;
}

/** The billion-laughs entity bomb (10^9 "lol"s if expanded), inside an otherwise valid RSS item. */
export function renderEntityBomb(): string {
  const entities = [`<!ENTITY lol0 "lol">`];
  for (let depth = 1; depth <= BOMB_DEPTH; depth++) {
    entities.push(`<!ENTITY lol${depth} "${`&lol${depth - 1};`.repeat(10)}">`);
  }
  return `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${entities.join("\n")}\n]>\n<rss version="2.0"><channel><title>Bomb</title><item><title>Laughs &lol${BOMB_DEPTH};</title><description>Entity bomb &lol${BOMB_DEPTH};</description></item></channel></rss>\n`;
}

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startFeedServer(options: FeedServerOptions = {}): Promise<FeedServer> {
  const items = options.items ?? DEFAULT_ITEMS;
  const flakyFailures = options.flakyFailures ?? 2;
  const hugeBytes = options.hugeBytes ?? 200 * 1024 * 1024;
  const requests = new Map<string, number>();
  const bytes = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();

  function send(response: ServerResponse, path: string, status: number, type: string, body: string | Buffer) {
    response.writeHead(status, { "content-type": type });
    bytes.set(path, (bytes.get(path) ?? 0) + Buffer.byteLength(body));
    response.end(body);
  }

  const routes: Record<string, (request: IncomingMessage, response: ServerResponse, path: string) => void> = {
    "/healthy": (_request, response, path) =>
      send(response, path, 200, "application/rss+xml", renderRss(items)),
    "/hang": () => undefined,
    "/drip": (request, response, path) => {
      response.writeHead(200, { "content-type": "application/rss+xml" });
      const timer = setInterval(() => {
        bytes.set(path, (bytes.get(path) ?? 0) + 1);
        response.write("<");
      }, 1000);
      timers.add(timer);
      request.socket.once("close", () => {
        clearInterval(timer);
        timers.delete(timer);
      });
    },
    "/huge": (request, response, path) => {
      const url = new URL(request.url ?? "/", "http://localhost");
      const headers: Record<string, string> = { "content-type": "application/rss+xml" };
      if (url.searchParams.has("declare")) headers["content-length"] = String(hugeBytes);
      response.writeHead(200, headers);
      const chunk = Buffer.alloc(64 * 1024, "<item><title>x</title></item>\n");
      let remaining = hugeBytes;
      const source = new Readable({
        read() {
          const size = Math.min(chunk.length, remaining);
          remaining -= size;
          bytes.set(path, (bytes.get(path) ?? 0) + size);
          this.push(size > 0 ? chunk.subarray(0, size) : null);
        },
      });
      // pipeline destroys the generator when the client goes away, so nothing keeps streaming.
      pipeline(source, response).catch(() => undefined);
    },
    "/loop": (_request, response) => {
      response.writeHead(302, { location: "/loop" });
      response.end();
    },
    "/redirect": (_request, response) => {
      response.writeHead(301, { location: "/healthy" });
      response.end();
    },
    "/redirect-ftp": (_request, response) => {
      response.writeHead(302, { location: "ftp://127.0.0.1/feed.xml" });
      response.end();
    },
    "/flaky": (_request, response, path) => {
      if ((requests.get(path) ?? 0) <= flakyFailures) send(response, path, 500, "text/plain", "try later");
      else send(response, path, 200, "application/rss+xml", renderRss(items));
    },
    "/etag": (request, response, path) => {
      if (request.headers["if-none-match"] === TEST_ETAG) {
        response.writeHead(304, { etag: TEST_ETAG });
        response.end();
        return;
      }
      const lastModified = "Mon, 01 Jan 2024 00:00:00 GMT";
      response.setHeader("etag", TEST_ETAG);
      response.setHeader("last-modified", lastModified);
      send(response, path, 200, "application/rss+xml; charset=utf-8", renderRss(items));
    },
    "/wrong-type": (_request, response, path) => {
      send(response, path, 200, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    },
    "/bomb": (_request, response, path) =>
      send(response, path, 200, "application/rss+xml", renderEntityBomb()),
    "/html": (_request, response, path) => {
      const page =
        "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><p>Please sign in</p></body></html>";
      send(response, path, 200, "text/html; charset=utf-8", page);
    },
    "/latin1": (_request, response, path) => {
      const xml = renderRss([
        { title: "Ação em São Tomé", description: "Não há notícias", link: "https://example.pt/1" },
      ]);
      send(response, path, 200, "text/xml; charset=ISO-8859-1", Buffer.from(xml, "latin1"));
    },
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const route = routes[path];
    if (route) route(request, response, path);
    else send(response, path, 404, "text/plain", `No route ${path}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requestCount: (path) => requests.get(path) ?? 0,
    bytesSent: (path) => bytes.get(path) ?? 0,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      // Hanging and keep-alive sockets would otherwise keep close() waiting forever.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
