import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type AlertSubmitInput, migrateToLatest, openDatabase } from "@vigil/db";
import { databaseFile, loadConfig } from "../env.ts";
import { type RunningServer, startServer } from "../server.ts";
import { createHttpClient, type SeededAccounts, seedAccounts, TEST_PASSWORD } from "./accounts.ts";
import { seedSudanReports } from "./seed-items.ts";

/** Everything of alert A only its reporter, their organisation's coordinators and admins may receive. */
export const SECRETS = {
  // Quoted as JSON writes it, so "othermembera@vigil.test" does not match.
  reporterEmail: '"membera@vigil.test"',
  reporterName: "Test memberA",
  placeName: "Zamzam gate 4",
  lat: "13.6287",
  lon: "25.3494",
  link: "private-evidence.example",
  /** Outside the organisation, its name is protected too. */
  organisation: "Sahel Watch",
  apiKeyLabel: "SMS gateway",
};

/** Alert A's exact place and link: the secrets above. */
export const SECRET_PLACE: Partial<AlertSubmitInput> = {
  place: {
    precision: "exact",
    name: SECRETS.placeName,
    district: "North Darfur",
    point: { lat: Number(SECRETS.lat), lon: Number(SECRETS.lon) },
  },
  links: [`https://${SECRETS.link}/photo-1`],
};

/** A submission about Sudan with an exact place; each call has a fresh idempotency key. */
export function sudanAlert(overrides: Partial<AlertSubmitInput> = {}): AlertSubmitInput {
  return {
    idempotencyKey: randomUUID(),
    country: "SD",
    place: {
      precision: "exact",
      name: "Market square",
      district: "North Darfur",
      point: { lat: 13.5, lon: 25.1 },
    },
    occurredAt: "2026-02-28T05:30:00.000Z",
    description:
      "Gunmen attacked displaced families at the camp gate and killed 7 people. Shelters were burned.",
    indicators: ["9.1"],
    severity: "critical",
    knowledge: "witnessed",
    links: ["https://news.example/story"],
    ...overrides,
  };
}

/** The callers of the role matrix: nobody, an API key, and one signed-in client per seeded account. */
export type CallerName = "anonymous" | "apiKey" | keyof SeededAccounts;

/** A server with news about Sudan, two organisations with one account per role, an API key and alerts. */
export async function startRoleMatrixServer(now: Date) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vigil-roles-"));
  const opened = openDatabase({ file: databaseFile(dataDir) });
  await migrateToLatest(opened.db);
  await seedSudanReports(opened.db, now);
  const accounts = await seedAccounts(opened.db, now);
  await opened.close();
  const config = { ...loadConfig({ dataDir }, {}), port: 0, isPollingEnabled: false };
  const server: RunningServer = await startServer({
    config,
    webDir: null,
    now: () => now,
    shouldSeedFeeds: false,
  });
  const signIn = async (email: string) => {
    const http = createHttpClient(server.url);
    await http.client.auth.login.mutate({ email, password: TEST_PASSWORD });
    return http.client;
  };
  const clients: Partial<Record<CallerName, ReturnType<typeof createHttpClient>["client"]>> = {
    anonymous: createHttpClient(server.url).client,
  };
  for (const [name, account] of Object.entries(accounts))
    clients[name as CallerName] = await signIn(account.email);
  const admin = clients.admin as NonNullable<(typeof clients)["admin"]>;
  const { key } = await admin.apikey.create.mutate({
    organisation: "Delta Monitors",
    label: SECRETS.apiKeyLabel,
  });
  clients.apiKey = createHttpClient(server.url, { apiKey: key }).client;
  const memberA = clients.memberA as NonNullable<(typeof clients)["memberA"]>;
  const { alert } = await memberA.alert.submit.mutate(sudanAlert(SECRET_PLACE));
  await clients.apiKey.alert.submit.mutate(
    sudanAlert({ description: "Road to Tawila blocked by militia checkpoints; traders turned back." }),
  );
  return {
    server,
    accounts,
    clients: clients as Record<CallerName, NonNullable<(typeof clients)["admin"]>>,
    alertId: alert.id,
    signIn,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
