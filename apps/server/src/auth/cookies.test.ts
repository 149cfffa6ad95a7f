import type { CreateHTTPContextOptions } from "@trpc/server/adapters/standalone";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextFactory } from "../context.ts";
import { DEFAULT_AUTH_SETTINGS } from "../env.ts";
import { openTempDatabase, type TempDatabase } from "../test-utils/temp-database.ts";
import { parseCookies, sessionCookie } from "./cookies.ts";

let database: TempDatabase;
beforeAll(async () => {
  database = await openTempDatabase();
});
afterAll(() => database.close());

/** The Set-Cookie a context writes for a request with these headers, under these settings. */
async function cookieFor(headers: Record<string, string>, settings: Partial<typeof DEFAULT_AUTH_SETTINGS>) {
  let written = "";
  const createContext = createContextFactory({
    db: database.db,
    auth: { ...DEFAULT_AUTH_SETTINGS, ...settings },
  });
  const req = { headers, socket: { remoteAddress: "10.0.0.9" } };
  const res = { headersSent: false, setHeader: (_name: string, value: string) => (written = value) };
  const context = await createContext({ req, res } as unknown as CreateHTTPContextOptions);
  context.cookies.set("token", 60);
  return { cookie: written, address: context.clientAddress };
}

describe("session cookies", () => {
  it("are HttpOnly and SameSite=Strict, and parse back", () => {
    expect(sessionCookie("abc", { maxAgeSeconds: 60, isSecure: false })).toBe(
      "vigil_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=60",
    );
    expect(parseCookies("a=1; vigil_session=abc; vigil_session=evil").get("vigil_session")).toBe("abc");
  });

  it("are Secure over https: always when on, per X-Forwarded-Proto only behind a trusted proxy", async () => {
    const proxied = { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7" };
    expect((await cookieFor(proxied, {})).cookie).not.toContain("Secure");
    expect(await cookieFor(proxied, { isProxyTrusted: true })).toEqual({
      cookie: expect.stringMatching(/; Secure$/),
      address: "203.0.113.7",
    });
    expect((await cookieFor({}, { secureCookies: "on" })).cookie).toMatch(/; Secure$/);
    expect((await cookieFor(proxied, { secureCookies: "off", isProxyTrusted: true })).cookie).not.toContain(
      "Secure",
    );
    // Without trust, a client can't choose the address its failed logins are counted against.
    expect((await cookieFor(proxied, {})).address).toBe("10.0.0.9");
  });
});
