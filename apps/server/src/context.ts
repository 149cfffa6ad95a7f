import type { IncomingMessage } from "node:http";
import type { CreateHTTPContextOptions } from "@trpc/server/adapters/standalone";
import { useApiKey, type Viewer, viewerOf } from "@vigil/db";
import { getDefaultScorer, type Scorer } from "@vigil/scoring";
import { parseCookies, SESSION_COOKIE, sessionCookie } from "./auth/cookies.ts";
import { resolveSession, SESSION_END_MESSAGES } from "./auth/sessions.ts";
import { API_KEY_PREFIX, sha256Hex } from "./auth/tokens.ts";
import { type AuthSettings, DEFAULT_AUTH_SETTINGS } from "./env.ts";
import type { VigilDb } from "./ingest/ingest-items.ts";
import { createPoller, type Poller } from "./ingest/poller.ts";

/** An integration's API key, as a request presented it. */
export interface ApiKeyCaller {
  id: number;
  orgId: number;
}

/** Sets and clears the session cookie on the response; does nothing in-process. */
export interface SessionCookies {
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
}

/** What a context is built from; only `db` is required (tests and the CLI pass a temp or local db). */
export interface ContextOptions {
  db: VigilDb;
  /** The clock; tests pin it. Default: the system clock. */
  now?: () => Date;
  scorer?: Scorer;
  /** The running server's poller, so `feed.refresh` shares its per-host limits; else a private one. */
  poller?: Poller;
  auth?: AuthSettings;
  /** Who calls in-process (tests); null: nobody signed in. */
  viewer?: Viewer | null;
  apiKey?: ApiKeyCaller | null;
  sessionId?: string | null;
  mustChangePassword?: boolean;
  /** The command line on the server's own machine: whoever runs it can read the database file anyway. */
  isLocalOperator?: boolean;
}

/** Everything a procedure may use. */
export interface Context {
  db: VigilDb;
  now: () => Date;
  scorer: Scorer;
  poller: Poller;
  auth: AuthSettings;
  /** Who is signed in (null: nobody, an API key, or the CLI). Evidence queries redact for it. */
  viewer: Viewer | null;
  apiKey: ApiKeyCaller | null;
  /** The sha256 id of the session the request came with, for logout. */
  sessionId: string | null;
  /** The user signed in with a one-time password and must choose their own before anything else. */
  mustChangePassword: boolean;
  isLocalOperator: boolean;
  /** Why the request is not signed in, when it brought a session or key that no longer holds. */
  authProblem: string | null;
  clientAddress: string | null;
  cookies: SessionCookies;
}

const NO_COOKIES: SessionCookies = { set: () => undefined, clear: () => undefined };

/** The context without HTTP: for tests (`createCaller`) and the CLI. */
export async function createContextInner(options: ContextOptions): Promise<Context> {
  const now = options.now ?? (() => new Date());
  const scorer = options.scorer ?? getDefaultScorer();
  const poller = options.poller ?? createPoller({ db: options.db, scorer, now });
  return {
    db: options.db,
    now,
    scorer,
    poller,
    auth: options.auth ?? DEFAULT_AUTH_SETTINGS,
    viewer: options.viewer ?? null,
    apiKey: options.apiKey ?? null,
    sessionId: options.sessionId ?? null,
    mustChangePassword: options.mustChangePassword ?? false,
    isLocalOperator: options.isLocalOperator ?? false,
    authProblem: null,
    clientAddress: null,
    cookies: NO_COOKIES,
  };
}

/**
 * Binds contexts to the server's resources, giving the `createContext({ req, res })` the HTTP adapter
 * calls: each request is identified by its API key (Authorization: Bearer vgk_…) or its session cookie.
 */
export function createContextFactory(
  options: ContextOptions,
): (http: CreateHTTPContextOptions) => Promise<Context> {
  const auth = options.auth ?? DEFAULT_AUTH_SETTINGS;
  const shared = createContextInner({ ...options, viewer: null, isLocalOperator: false });
  return async function createContext({ req, res }: CreateHTTPContextOptions): Promise<Context> {
    const base = await shared;
    const now = base.now();
    const isSecure = auth.secureCookies === "on" || (auth.secureCookies === "auto" && isHttps(req, auth));
    const cookies: SessionCookies = {
      // A streamed response has sent its headers already; mutations (which set cookies) are not streamed.
      set(token, maxAgeSeconds) {
        if (res.headersSent)
          throw new Error("auth.login must be sent unstreamed: its response sets a cookie");
        res.setHeader("set-cookie", sessionCookie(token, { maxAgeSeconds, isSecure }));
      },
      clear() {
        if (!res.headersSent) res.setHeader("set-cookie", sessionCookie("", { maxAgeSeconds: 0, isSecure }));
      },
    };
    const context: Context = { ...base, cookies, clientAddress: clientAddressOf(req, auth) };
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const key = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? "";
      const apiKey = key.startsWith(API_KEY_PREFIX)
        ? await useApiKey(base.db, { keyHash: sha256Hex(key), now })
        : null;
      return apiKey
        ? { ...context, apiKey }
        : { ...context, authProblem: "This API key is not valid or was revoked" };
    }
    const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
    if (!token) return context;
    const resolved = await resolveSession(base.db, { token, now, auth });
    if ("ended" in resolved) {
      cookies.clear();
      return { ...context, authProblem: SESSION_END_MESSAGES[resolved.ended] };
    }
    const { session } = resolved;
    return {
      ...context,
      viewer: viewerOf(session.user),
      sessionId: session.id,
      mustChangePassword: session.user.mustChangePassword,
    };
  };
}

function isHttps(req: IncomingMessage, auth: AuthSettings): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  return (
    auth.isProxyTrusted &&
    String(req.headers["x-forwarded-proto"] ?? "")
      .split(",")[0]
      ?.trim() === "https"
  );
}

function clientAddressOf(req: IncomingMessage, auth: AuthSettings): string | null {
  if (auth.isProxyTrusted) {
    const forwarded = String(req.headers["x-forwarded-for"] ?? "")
      .split(",")[0]
      ?.trim();
    if (forwarded) return forwarded;
  }
  return req.socket.remoteAddress ?? null;
}
