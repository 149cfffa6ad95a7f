import type { Role } from "@vigil/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "../context.ts";
import { seedHostileTitles } from "../test-utils/seed-hostile.ts";
import { seedSudanReports } from "../test-utils/seed-items.ts";
import { type SeededReader, seedReadersAndAlert } from "../test-utils/seed-readers.ts";
import { fixedClock, openTempDatabase, type TempDatabase } from "../test-utils/temp-database.ts";
import { createCaller } from "./root.ts";

const NOW = "2026-03-01T12:00:00.000Z";
let database: TempDatabase;
let readers: Record<Role, SeededReader>;

async function callerFor(role: Role | null, now = NOW) {
  const viewer = role === null ? null : readers[role].viewer;
  return createCaller(await createContextInner({ db: database.db, now: fixedClock(now), viewer }));
}

beforeAll(async () => {
  database = await openTempDatabase();
  await seedSudanReports(database.db, new Date(NOW));
  readers = await seedReadersAndAlert(database.db, new Date(NOW));
});
afterAll(() => database.close());

describe("snapshot router", () => {
  it("saves an immutable snapshot of the view with its creator, and reads it back by id", async () => {
    const analyst = await callerFor("analyst");
    const saved = await analyst.snapshot.create({ window: "30d", region: "africa", riskFactors: [11, 13] });
    expect(saved).toMatchObject({
      createdAt: NOW,
      creator: { label: "Test analyst", role: "analyst" },
      path: `/snapshots/${saved.id}`,
      view: { kind: "region", label: "Africa" },
    });
    expect(saved.filters).toMatchObject({ asOf: NOW, region: "africa", riskFactors: [11, 13] });
    const stored = await analyst.snapshot.get({ id: saved.id });
    expect(stored.snapshot).toEqual({
      id: saved.id,
      createdAt: NOW,
      creator: saved.creator,
      path: saved.path,
    });
    expect([stored.contentHash, stored.content.filters]).toEqual([saved.contentHash, saved.filters]);
    const again = await (await callerFor("admin")).snapshot.create({
      window: "30d",
      region: "africa",
      riskFactors: [13, 11],
    });
    expect(again.id).not.toBe(saved.id);
    // Saved as anyone would see it, whoever saves: the same view hashes the same.
    expect(again.contentHash).toBe(saved.contentHash);
    const { snapshots } = await analyst.snapshot.list();
    expect(snapshots.find((entry) => entry.id === saved.id)).toEqual(saved);
  });

  it("holds exactly what map.countries and country.detail answer for the same filters", async () => {
    const analyst = await callerFor("analyst");
    const filters = { window: "30d" as const, sourceTypes: ["news" as const], riskFactors: [11, 13] };
    const preview = await analyst.snapshot.preview({ ...filters, region: "africa" });
    const map = (await analyst.map.countries(filters)).filter((situation) => situation.region === "africa");
    expect(preview.content.situations).toEqual(map.sort((a, b) => (a.iso2 < b.iso2 ? -1 : 1)));
    const detailed = preview.content.countries.map((country) => country.situation.iso2);
    expect(detailed).toEqual(map.filter((situation) => situation.evidenceCount > 0).map((s) => s.iso2));
    const sudan = await analyst.country.detail({ ...filters, iso2: "SD" });
    const frozen = preview.content.countries.find((country) => country.situation.iso2 === "SD");
    expect(frozen?.why).toBe(sudan.why);
    expect(frozen?.topEvidence.map((evidence) => evidence.clusterId).sort()).toEqual(
      sudan.topEvidence.map((evidence) => evidence.clusterId).sort(),
    );
    expect(frozen?.factors.map((factor) => factor.id)).toEqual(sudan.factors.map((factor) => factor.id));
  });

  it("rebuilds a snapshot to the same hash on the same data; the hash moves when the data does", async () => {
    const analyst = await callerFor("analyst");
    const saved = await analyst.snapshot.create({ window: "7d", iso2: "SD" });
    const later = await callerFor("analyst", "2026-03-01T18:00:00.000Z");
    const rebuilt = await later.snapshot.preview({ window: "7d", iso2: "SD", asOf: NOW });
    expect(rebuilt.accessedAt).toBe("2026-03-01T18:00:00.000Z");
    expect(rebuilt.contentHash).toBe(saved.contentHash);
    await seedHostileTitles(database.db, new Date(NOW));
    const moved = await later.snapshot.preview({ window: "7d", iso2: "SD", asOf: NOW });
    expect(moved.contentHash).not.toBe(saved.contentHash);
    expect((await analyst.snapshot.get({ id: saved.id })).contentHash).toBe(saved.contentHash);
  });

  it("is for readers of the map only, and names a missing snapshot", async () => {
    await expect((await callerFor(null)).snapshot.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await callerFor("member")).snapshot.create({})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect((await callerFor("analyst")).snapshot.get({ id: "abcdefgh" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "No snapshot with id 'abcdefgh'",
    });
  });
});
