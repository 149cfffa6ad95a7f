import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, REPO_ROOT } from "./env.ts";

describe("loadConfig", () => {
  it("starts with no environment at all", () => {
    const config = loadConfig({}, {});
    expect(config).toMatchObject({
      dataDir: path.join(REPO_ROOT, "data"),
      port: 8080,
      host: "127.0.0.1",
      isPollingEnabled: true,
      maxPerHost: 2,
    });
  });

  it("reads every variable and lets --data-dir win over VIGIL_DATA_DIR", () => {
    const env = {
      VIGIL_DATA_DIR: "/srv/vigil",
      PORT: "0",
      HOST: "0.0.0.0",
      VIGIL_POLL: "off",
      VIGIL_FETCH_TIMEOUT_MS: "2000",
      VIGIL_FETCH_MAX_BYTES: "1000",
      VIGIL_MAX_PER_HOST: "4",
    };
    expect(loadConfig({}, env)).toMatchObject({
      dataDir: "/srv/vigil",
      port: 0,
      host: "0.0.0.0",
      isPollingEnabled: false,
      fetchTimeoutMs: 2000,
      fetchMaxBytes: 1000,
      maxPerHost: 4,
    });
    expect(loadConfig({ dataDir: "/tmp/other" }, env).dataDir).toBe("/tmp/other");
  });

  it("reads the session and proxy settings, with safe defaults", () => {
    expect(loadConfig({}, {}).auth).toEqual({
      sessionIdleMs: 120 * 60_000,
      sessionMaxMs: 12 * 3_600_000,
      secureCookies: "auto",
      isProxyTrusted: false,
    });
    const env = {
      VIGIL_SESSION_IDLE_MINUTES: "15",
      VIGIL_SESSION_MAX_HOURS: "8",
      VIGIL_SECURE_COOKIES: "on",
      VIGIL_TRUST_PROXY: "on",
    };
    expect(loadConfig({}, env).auth).toEqual({
      sessionIdleMs: 15 * 60_000,
      sessionMaxMs: 8 * 3_600_000,
      secureCookies: "on",
      isProxyTrusted: true,
    });
    expect(() => loadConfig({}, { VIGIL_SECURE_COOKIES: "yes" })).toThrow(
      /VIGIL_SECURE_COOKIES: must be 'auto', 'on' or 'off'/,
    );
  });

  it("resolves a relative data dir from where the command was typed", () => {
    expect(loadConfig({ dataDir: "d" }, { INIT_CWD: "/home/analyst" }).dataDir).toBe("/home/analyst/d");
  });

  it("names the variable it can't use", () => {
    expect(() => loadConfig({}, { PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({}, { PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({}, { VIGIL_POLL: "sometimes" })).toThrow(/VIGIL_POLL: must be 'on' or 'off'/);
  });
});
