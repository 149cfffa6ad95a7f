import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStaticFile } from "./static-files.ts";

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "vigil-web-"));
  mkdirSync(path.join(root, "assets"));
  writeFileSync(path.join(root, "index.html"), "<!doctype html><title>Vigil</title>");
  writeFileSync(path.join(root, "assets", "app-1a2b.js"), "console.log('map')");
  server = createServer(async (request, response) => {
    if (!(await serveStaticFile(root, request, response))) {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe("serveStaticFile", () => {
  it("serves files with their type and long caching for fingerprinted assets", async () => {
    const response = await fetch(`${base}/assets/app-1a2b.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/javascript");
    expect(response.headers.get("cache-control")).toContain("immutable");
  });

  it("falls back to index.html for app routes, not for missing files", async () => {
    const page = await fetch(`${base}/country/SD`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Vigil</title>");
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it("never reads outside its root", async () => {
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd`)).status).not.toBe(200);
  });
});
