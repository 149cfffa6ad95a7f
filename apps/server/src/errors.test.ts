import type { AddressInfo } from "node:net";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { ConflictError, NotFoundError, ValidationError } from "@vigil/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Context } from "./context.ts";
import { INTERNAL_ERROR_MESSAGE } from "./errors.ts";
import { FeedFetchError } from "./ingest/feed-errors.ts";
import { createCallerFactory, publicProcedure, router } from "./trpc.ts";

// A router that fails in every way a real procedure can.
const failing = router({
  missing: publicProcedure.query(() => {
    throw new NotFoundError("feed", "id", 7);
  }),
  invalid: publicProcedure.query(() => {
    throw new ValidationError("Invalid item query: cursor is not one Vigil made");
  }),
  clash: publicProcedure.query(() => {
    throw new ConflictError("A feed with url 'https://x.example' already exists (id 1)");
  }),
  unreachable: publicProcedure.query(() => {
    throw new FeedFetchError("bad-url", "ftp://x", "Feed 'ftp://x' is not an http(s) address");
  }),
  bug: publicProcedure.query(() => {
    throw new Error("SQLITE_ERROR: no such column: secret at /srv/vigil/db.ts:12");
  }),
  leaky: publicProcedure
    .output(z.object({ isPublic: z.boolean() }))
    .query(() => ({ reporter: "a name" }) as never),
  typed: publicProcedure.input(z.object({ window: z.enum(["7d", "30d"]) })).query(() => "ok"),
});
const caller = createCallerFactory(failing)({} as Context);

describe("domain errors, mapped in one place", () => {
  it.each([
    ["missing", "NOT_FOUND", "No feed with id '7'"],
    ["invalid", "BAD_REQUEST", "Invalid item query: cursor is not one Vigil made"],
    ["clash", "CONFLICT", "A feed with url 'https://x.example' already exists (id 1)"],
    ["unreachable", "BAD_REQUEST", "Feed 'ftp://x' is not an http(s) address"],
  ] as const)("%s → %s keeping its message", async (name, code, message) => {
    await expect(caller[name]()).rejects.toMatchObject({ code, message });
  });

  it("leaves unknown errors and output validation failures as 500s", async () => {
    await expect(caller.bug()).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
    await expect(caller.leaky()).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
  });
});

describe("over HTTP", () => {
  const server = createHTTPServer({ router: failing, createContext: () => ({}) as Context });
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  async function errorOf(path: string) {
    const body = (await (await fetch(`${base}/${path}`)).json()) as {
      error: { message: string; data: object };
    };
    return body.error;
  }

  it("never sends a stack trace or an internal message", async () => {
    for (const path of ["bug", "leaky"]) {
      const error = await errorOf(path);
      expect(error.message).toBe(INTERNAL_ERROR_MESSAGE);
      expect(JSON.stringify(error)).not.toMatch(/stack|SQLITE|reporter|\.ts:\d/);
    }
  });

  it("turns input validation into one readable line", async () => {
    const error = await errorOf(`typed?input=${encodeURIComponent(JSON.stringify({ window: "2w" }))}`);
    expect(error.message).toBe('window: Invalid option: expected one of "7d"|"30d"');
    expect(error.data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
  });
});
