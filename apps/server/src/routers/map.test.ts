import { TRPCError } from "@trpc/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createContextInner } from "../context.ts";
import { TEST_ANALYST } from "../test-utils/accounts.ts";
import { seedSudanReports } from "../test-utils/seed-items.ts";
import { fixedClock, openTempDatabase, type TempDatabase } from "../test-utils/temp-database.ts";
import { createCaller } from "./root.ts";

const NOW = "2026-03-01T12:00:00.000Z";
let database: TempDatabase;
let caller: ReturnType<typeof createCaller>;

beforeEach(async () => {
  database = await openTempDatabase();
  await seedSudanReports(database.db, new Date(NOW));
  caller = createCaller(
    await createContextInner({ db: database.db, now: fixedClock(NOW), viewer: TEST_ANALYST }),
  );
});
afterEach(() => database.close());

describe("map.countries", () => {
  it("answers for every country, with Sudan monitored and scored and the rest not monitored", async () => {
    const situations = await caller.map.countries({ window: "30d" });
    expect(situations.length).toBeGreaterThan(150);
    const sudan = situations.find((situation) => situation.iso2 === "SD");
    expect(sudan).toMatchObject({ coverage: 4, trend: { direction: "new" } });
    expect(sudan?.level).not.toBe("not-monitored");
    expect(sudan?.score).toBeGreaterThan(0);
    expect(sudan?.factors.length).toBeGreaterThan(0);
    expect(situations.find((situation) => situation.iso2 === "NO")?.level).toBe("not-monitored");
  });

  it("uses the context clock unless asOf is given, and filters by risk factor", async () => {
    const before = await caller.map.countries({ window: "7d", asOf: "2026-01-01T00:00:00Z" });
    expect(before.find((situation) => situation.iso2 === "SD")?.coverage).toBe(0);
    const onlyFactor2 = await caller.map.countries({ window: "30d", riskFactors: [2] });
    const sudan = onlyFactor2.find((situation) => situation.iso2 === "SD");
    expect(sudan?.factors.map((factor) => factor.id)).toEqual([2]);
  });

  it("refuses a bad window with a readable BAD_REQUEST", async () => {
    const error = await caller.map.countries({ window: "2w" as "7d" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("country.detail", () => {
  it("explains the score with factors, series, evidence and matched terms", async () => {
    const detail = await caller.country.detail({ iso2: "sd", window: "30d" });
    expect(detail.situation.iso2).toBe("SD");
    expect(detail.factors.length).toBeGreaterThan(0);
    expect(detail.series).toHaveLength(30);
    expect(detail.topEvidence.length).toBeGreaterThan(0);
    expect(detail.topEvidence[0]?.url).toMatch(/^https:\/\/wire\.example\/sudan\//);
    expect(detail.topEvidence.flatMap((evidence) => evidence.matches).length).toBeGreaterThan(0);
    expect(detail.why.length).toBeGreaterThan(20);
  });

  it("maps an unknown country to NOT_FOUND naming it", async () => {
    await expect(caller.country.detail({ iso2: "ZZ", window: "30d" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "No country with code 'ZZ'",
    });
  });
});

describe("item.list", () => {
  it("pages through items with a cursor, newest first", async () => {
    const first = await caller.item.list({ iso2: "SD", limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await caller.item.list({ iso2: "SD", limit: 3, cursor: first.nextCursor ?? undefined });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((item) => item.publishedAt);
    expect(all).toEqual([...all].sort().reverse());
  });

  it("maps a forged cursor to BAD_REQUEST", async () => {
    await expect(caller.item.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
