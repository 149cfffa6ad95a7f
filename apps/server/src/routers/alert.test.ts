/** alert.submit over real HTTP: idempotency (a retry, and twenty at once), API keys, readable refusals. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../test-utils/accounts.ts";
import { startRoleMatrixServer, sudanAlert } from "../test-utils/role-matrix-fixture.ts";

let fixture: Awaited<ReturnType<typeof startRoleMatrixServer>>;

beforeAll(async () => {
  fixture = await startRoleMatrixServer(new Date("2026-03-01T12:00:00.000Z"));
}, 120_000);
afterAll(() => fixture.close());

describe("alert.submit over HTTP", () => {
  it("gives one alert for a submission sent twice, and for the same one sent 20 times at once", async () => {
    const { memberB } = fixture.clients;
    const input = sudanAlert();
    const first = await memberB.alert.submit.mutate(input);
    const retry = await memberB.alert.submit.mutate(input);
    expect(retry).toMatchObject({ isDuplicate: true, alert: { id: first.alert.id } });
    const burstInput = sudanAlert();
    // Twenty separate connections, as a phone retrying on a flaky network might open.
    const burst = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const client = await fixture.signIn(fixture.accounts.memberB.email);
        return client.alert.submit.mutate(burstInput);
      }),
    );
    expect(new Set(burst.map((result) => result.alert.id)).size).toBe(1);
    expect(burst.filter((result) => !result.isDuplicate)).toHaveLength(1);
    const mine = await memberB.alert.list.query();
    expect(mine.filter((alert) => alert.id === burst[0]?.alert.id)).toHaveLength(1);
    expect(mine.filter((alert) => alert.id === first.alert.id)).toHaveLength(1);
  });

  it("refuses bad input with messages naming each field, and a date in the future", async () => {
    const error = await fixture.clients.memberB.alert.submit
      .mutate({ ...sudanAlert(), country: "XX", description: "too short", links: ["ftp://x"] })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ data: { code: "BAD_REQUEST" } });
    expect((error as Error).message).toContain("country: Choose a country from the list");
    expect((error as Error).message).toContain(
      "description: Describe what happened in at least 20 characters",
    );
    expect((error as Error).message).toContain("links.0: Links must start with http:// or https://");
    await expect(
      fixture.clients.memberB.alert.submit.mutate(sudanAlert({ occurredAt: "2027-01-01T00:00:00Z" })),
    ).rejects.toMatchObject({ message: "Invalid alert: occurredAt is in the future; give when it happened" });
  });

  it("lets an API key submit for its organisation only, and nothing once revoked", async () => {
    const { admin, coordinatorB, apiKey } = fixture.clients;
    const { alert } = await apiKey.alert.submit.mutate(sudanAlert());
    const seen = await coordinatorB.alert.get.query({ id: alert.id });
    expect(seen.protected?.reporter).toMatchObject({ userId: null, name: "API key “SMS gateway”" });
    expect(seen.protected?.organisation.name).toBe("Delta Monitors");
    await expect(apiKey.map.countries.query({ window: "7d" })).rejects.toMatchObject({
      message: "An API key may only submit alerts",
    });
    const { key, apiKey: created } = await admin.apikey.create.mutate({
      organisation: "Delta Monitors",
      label: "Temp",
    });
    const temporary = createHttpClient(fixture.server.url, { apiKey: key }).client;
    await temporary.alert.submit.mutate(sudanAlert());
    await admin.apikey.revoke.mutate({ id: created.id });
    await expect(temporary.alert.submit.mutate(sudanAlert())).rejects.toMatchObject({
      message: "This API key is not valid or was revoked",
      data: { code: "UNAUTHORIZED" },
    });
    const stored = (await admin.apikey.list.query()).find((entry) => entry.id === created.id);
    expect(stored).toMatchObject({ prefix: key.slice(0, 10), revokedAt: expect.any(String) });
    expect(JSON.stringify(await admin.apikey.list.query())).not.toContain(key);
  });
});
