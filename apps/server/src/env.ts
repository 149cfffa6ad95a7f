import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root, found from this file so `pnpm start` (run in apps/server) and `pnpm vigil` agree. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

const OnOffSchema = z
  .enum(["on", "off", "true", "false", "1", "0", "yes", "no"], {
    error: "must be 'on' or 'off'",
  })
  .transform((value) => ["on", "true", "1", "yes"].includes(value));

const PositiveIntSchema = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .positive(`${name} must be above 0`);

/** The environment variables Vigil reads, each with a default so the app starts with no `.env`. */
export const EnvSchema = z.object({
  VIGIL_DATA_DIR: z.string().min(1).optional(),
  PORT: z.coerce
    .number({ error: "PORT must be a number" })
    .int()
    .min(0, "PORT must be 0–65535")
    .max(65_535, "PORT must be 0–65535")
    .default(8080),
  HOST: z.string().min(1).default("127.0.0.1"),
  VIGIL_POLL: OnOffSchema.default(true),
  VIGIL_FETCH_TIMEOUT_MS: PositiveIntSchema("VIGIL_FETCH_TIMEOUT_MS").default(15_000),
  VIGIL_FETCH_MAX_BYTES: PositiveIntSchema("VIGIL_FETCH_MAX_BYTES").default(5 * 1024 * 1024),
  VIGIL_MAX_PER_HOST: PositiveIntSchema("VIGIL_MAX_PER_HOST").default(2),
  VIGIL_SESSION_IDLE_MINUTES: PositiveIntSchema("VIGIL_SESSION_IDLE_MINUTES").default(120),
  VIGIL_SESSION_MAX_HOURS: PositiveIntSchema("VIGIL_SESSION_MAX_HOURS").default(12),
  VIGIL_SECURE_COOKIES: z
    .enum(["auto", "on", "off"], { error: "must be 'auto', 'on' or 'off'" })
    .default("auto"),
  VIGIL_TRUST_PROXY: OnOffSchema.default(false),
  // pnpm and npm set INIT_CWD to where the command was typed; relative paths resolve from there.
  INIT_CWD: z.string().optional(),
});

/** Vigil's configuration after parsing and defaults. */
export interface Config {
  /** Absolute directory holding the SQLite database. */
  dataDir: string;
  port: number;
  host: string;
  isPollingEnabled: boolean;
  fetchTimeoutMs: number;
  fetchMaxBytes: number;
  maxPerHost: number;
  auth: AuthSettings;
  /** Where the user typed the command; relative paths on the command line resolve from here. */
  workingDir: string;
}

/** Sessions and the proxy in front: how long sign-ins last and whether cookies need https. */
export interface AuthSettings {
  /** A session unused this long ends. */
  sessionIdleMs: number;
  /** A session ends this long after sign-in, however active. */
  sessionMaxMs: number;
  /** "auto": Secure cookies when the request came over https (directly, or per X-Forwarded-Proto from a trusted proxy). */
  secureCookies: "auto" | "on" | "off";
  /** Behind a reverse proxy: take the client address and scheme from X-Forwarded-For / -Proto. */
  isProxyTrusted: boolean;
}

/** The auth settings when nothing is configured (also what tests and the CLI use). */
export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessionIdleMs: 120 * 60_000,
  sessionMaxMs: 12 * 3_600_000,
  secureCookies: "auto",
  isProxyTrusted: false,
};

/** What can override the environment: the command line's `--data-dir`, which wins. */
export interface ConfigOverrides {
  dataDir?: string;
}

/** Thrown when an environment variable has a value Vigil can't use; the message names it. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Parses an environment (default: `process.env`) into a Config; throws ConfigError in one line. */
export function loadConfig(overrides: ConfigOverrides = {}, source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Invalid configuration: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`,
    );
  }
  const env = parsed.data;
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = overrides.dataDir ?? env.VIGIL_DATA_DIR;
  return {
    dataDir: dataDir === undefined ? path.join(REPO_ROOT, "data") : path.resolve(base, dataDir),
    port: env.PORT,
    host: env.HOST,
    isPollingEnabled: env.VIGIL_POLL,
    fetchTimeoutMs: env.VIGIL_FETCH_TIMEOUT_MS,
    fetchMaxBytes: env.VIGIL_FETCH_MAX_BYTES,
    maxPerHost: env.VIGIL_MAX_PER_HOST,
    auth: {
      sessionIdleMs: env.VIGIL_SESSION_IDLE_MINUTES * 60_000,
      sessionMaxMs: env.VIGIL_SESSION_MAX_HOURS * 3_600_000,
      secureCookies: env.VIGIL_SECURE_COOKIES,
      isProxyTrusted: env.VIGIL_TRUST_PROXY,
    },
    workingDir: base,
  };
}

/** The database file inside a data directory. */
export function databaseFile(dataDir: string): string {
  return path.join(dataDir, "vigil.db");
}
