import { createTRPCClient, httpBatchLink, httpLink, splitLink } from "@trpc/client";
import {
  createOrganisation,
  createUser,
  type Role,
  setPasswordHash,
  type User,
  type Viewer,
  viewerOf,
} from "@vigil/db";
import { hashPassword } from "../auth/password.ts";
import type { VigilDb } from "../ingest/ingest-items.ts";
import type { AppRouter } from "../routers/root.ts";

/** Viewers for in-process router tests that need a role but no stored user. */
export const TEST_ANALYST: Viewer = { userId: 9001, role: "analyst", orgId: null };
export const TEST_COORDINATOR: Viewer = { userId: 9002, role: "coordinator", orgId: null };

/** The password every seeded account has (already changed from its one-time password). */
export const TEST_PASSWORD = "correct horse battery staple";

/** The seeded accounts, by name. */
export type SeededAccounts = Record<
  "admin" | "analyst" | "coordinatorA" | "memberA" | "otherMemberA" | "coordinatorB" | "memberB",
  User & { viewer: Viewer }
>;

const ACCOUNTS: readonly [keyof SeededAccounts, Role, string | undefined][] = [
  ["admin", "admin", undefined],
  ["analyst", "analyst", undefined],
  ["coordinatorA", "coordinator", "Sahel Watch"],
  ["memberA", "member", "Sahel Watch"],
  ["otherMemberA", "member", "Sahel Watch"],
  ["coordinatorB", "coordinator", "Delta Monitors"],
  ["memberB", "member", "Delta Monitors"],
];

/** Two organisations (Sahel Watch, Delta Monitors) and one account per role and organisation. */
export async function seedAccounts(db: VigilDb, now: Date): Promise<SeededAccounts> {
  await createOrganisation(db, { name: "Sahel Watch", now });
  await createOrganisation(db, { name: "Delta Monitors", now });
  // One hash for all: scrypt is slow on purpose, and the salt's uniqueness is not what these tests test.
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const seeded: Partial<SeededAccounts> = {};
  for (const [key, role, organisation] of ACCOUNTS) {
    const email = `${key.toLowerCase()}@vigil.test`;
    const user = await createUser(db, {
      user: { email, name: `Test ${key}`, role, organisation },
      passwordHash,
      now,
    });
    await setPasswordHash(db, { userId: user.id, passwordHash, isOneTime: false, now });
    seeded[key] = { ...user, mustChangePassword: false, viewer: viewerOf(user) };
  }
  return seeded as SeededAccounts;
}

/** A tRPC client over real HTTP that keeps its cookies, like a browser tab; or sends an API key. */
export function createHttpClient(baseUrl: string, options: { apiKey?: string } = {}) {
  const jar = new Map<string, string>();
  const fetchWithCookies: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    if (options.apiKey) headers.set("authorization", `Bearer ${options.apiKey}`);
    const response = await fetch(input, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (/max-age=0/i.test(cookie) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  const url = `${baseUrl}/trpc`;
  const client = createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (operation) => operation.type === "mutation",
        true: httpLink({ url, fetch: fetchWithCookies }),
        false: httpBatchLink({ url, fetch: fetchWithCookies }),
      }),
    ],
  });
  return { client, jar, fetch: fetchWithCookies };
}
