import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".geojson": "application/geo+json",
  ".topojson": "application/json",
};

/**
 * Serves the built dashboard (`apps/web/dist`) with a single-page-app fallback: a GET for a path
 * without a file extension that matches no file gets index.html, so deep links like /country/SD work.
 * Returns false when nothing was served (the caller answers 404).
 */
export async function serveStaticFile(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    return false;
  }
  // path.join normalises "..", and the prefix check keeps every read inside the root.
  const requested = path.join(root, pathname);
  if (requested !== root && !requested.startsWith(`${root}${path.sep}`)) return false;
  const file = (await fileAt(requested)) ?? (await fileAt(path.join(requested, "index.html")));
  if (file) return send(file, request, response);
  if (path.extname(pathname) !== "") return false;
  const index = await fileAt(path.join(root, "index.html"));
  return index ? send(index, request, response) : false;
}

async function fileAt(file: string): Promise<string | null> {
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

function send(file: string, request: IncomingMessage, response: ServerResponse): boolean {
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  // Vite fingerprints everything under assets/, so those can be cached for good; index.html never.
  const isFingerprinted = file.includes(`${path.sep}assets${path.sep}`);
  response.writeHead(200, {
    "content-type": type,
    "cache-control": isFingerprinted ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
  return true;
}
