/**
 * Durability of field alerts: 20 times, a server child process is killed with SIGKILL while clients
 * submit alerts over HTTP at the same time. Every alert acknowledged to a client must be there after
 * the restart, exactly once (unacknowledged ones are retried with the same key, as the web form does),
 * the file must pass integrity_check, and the map's aggregates must equal a recomputation.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  createApiKey,
  createOrganisation,
  mapCountries,
  mapCountriesFromRawTables,
  migrateToLatest,
  openDatabase,
} from "@vigil/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateApiKey } from "../auth/tokens.ts";
import { databaseFile, REPO_ROOT } from "../env.ts";
import { sudanAlert } from "../test-utils/role-matrix-fixture.ts";

const CHILD = fileURLToPath(new URL("../test-utils/alert-server-child.ts", import.meta.url));
const TRIALS = 20;
const CLIENTS = 6;
/** Acknowledgements to wait for before the kill, so every trial kills under load. */
const ACKS_BEFORE_KILL = 8;

let dataDir: string;
let apiKey: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vigil-alert-durability-"));
  const opened = openDatabase({ file: databaseFile(dataDir) });
  await migrateToLatest(opened.db);
  const now = new Date();
  const org = await createOrganisation(opened.db, { name: "Durable Org", now });
  const generated = generateApiKey();
  await createApiKey(opened.db, {
    orgId: org.id,
    label: "load",
    keyHash: generated.hash,
    keyPrefix: generated.prefix,
    createdByUserId: null,
    now,
  });
  apiKey = generated.key;
  await opened.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, dataDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, VIGIL_POLL: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server child exited (${code}): ${output}`)));
  });
}

/** Sends one submission; resolves to the alert id if the server acknowledged it, else null. */
async function submit(url: string, input: ReturnType<typeof sudanAlert>): Promise<number | null> {
  try {
    const response = await fetch(`${url}/trpc/alert.submit`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
      body: JSON.stringify(input),
    });
    if (response.status !== 200) return null;
    const body = (await response.json()) as { result: { data: { alert: { id: number } } } };
    return body.result.data.alert.id;
  } catch {
    return null; // the connection died with the server: not acknowledged
  }
}

describe("alerts under kill -9", () => {
  it("keeps every acknowledged alert, once, through 20 kills during concurrent submissions", async () => {
    const acknowledged = new Map<string, number>();
    let unacknowledged: ReturnType<typeof sudanAlert>[] = [];
    let interrupted = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const { child, url } = await startChild();
      const exited = new Promise<string | null>((resolve) =>
        child.once("exit", (_code, signal) => resolve(signal)),
      );
      let isKilled = false;
      const pending = unacknowledged;
      unacknowledged = [];
      const kill = () => {
        if (isKilled) return;
        isKilled = true;
        child.kill("SIGKILL");
      };
      let acksThisTrial = 0;
      const client = async (index: number) => {
        while (!isKilled) {
          const input =
            pending.pop() ??
            sudanAlert({
              description: `Load report ${trial}.${index}: armed men burned shops and killed two traders.`,
            });
          const id = await submit(url, input);
          if (id === null) {
            unacknowledged.push(input);
            interrupted++;
            continue;
          }
          const before = acknowledged.get(input.idempotencyKey);
          // A retry of a committed submission must return the same alert, never a second one.
          if (before !== undefined) expect(id).toBe(before);
          acknowledged.set(input.idempotencyKey, id);
          if (++acksThisTrial >= ACKS_BEFORE_KILL) kill();
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
      expect(await exited).toBe("SIGKILL");
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(TRIALS * ACKS_BEFORE_KILL);
    // The kills hit requests in flight (else this would test nothing), and those were retried.
    expect(interrupted).toBeGreaterThan(0);

    const reopened = openDatabase({ file: databaseFile(dataDir) });
    try {
      expect(reopened.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      const rows = reopened.sqlite.prepare("SELECT id, idempotency_key AS key FROM alerts").all() as {
        id: number;
        key: string;
      }[];
      const byKey = new Map(rows.map((row) => [row.key, row.id]));
      expect(byKey.size).toBe(rows.length);
      for (const [key, id] of acknowledged) expect(byKey.get(key), `acknowledged alert ${id}`).toBe(id);
      const counts = reopened.sqlite
        .prepare(
          "SELECT (SELECT count(*) FROM items WHERE source_type = 'alert') AS items, (SELECT count(*) FROM alerts) AS alerts",
        )
        .get();
      expect(counts).toEqual({ items: rows.length, alerts: rows.length });
      const window = { windowDays: 30, asOf: new Date("2026-03-01T12:00:00Z") };
      const sudan = (await mapCountries(reopened.db, window)).find((row) => row.iso2 === "SD");
      const raw = (await mapCountriesFromRawTables(reopened.db, window)).find((row) => row.iso2 === "SD");
      expect(sudan?.coverage).toBe(rows.length);
      expect({ coverage: sudan?.coverage, evidence: sudan?.evidenceCount }).toEqual({
        coverage: raw?.coverage,
        evidence: raw?.evidenceCount,
      });
      expect(Math.abs((sudan?.score ?? 0) - (raw?.score ?? Number.NaN))).toBeLessThan(0.01);
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
