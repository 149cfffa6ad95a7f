import { describe, expect, it } from "vitest";
import { backoffDelay, createHostLimiter, nextPollAt } from "./poll-schedule.ts";

const NOW = new Date("2024-05-01T12:00:00.000Z");

describe("nextPollAt", () => {
  it("adds the interval, jittered by ±10 %", () => {
    expect(nextPollAt({ now: NOW, intervalSeconds: 600, random: () => 0.5 })).toEqual(
      new Date("2024-05-01T12:10:00Z"),
    );
    expect(nextPollAt({ now: NOW, intervalSeconds: 600, random: () => 0 })).toEqual(
      new Date("2024-05-01T12:09:00Z"),
    );
    expect(nextPollAt({ now: NOW, intervalSeconds: 600, random: () => 0.999999 }).getTime()).toBeCloseTo(
      Date.parse("2024-05-01T12:11:00Z"),
      -2,
    );
  });

  it("stays within the band for any random value, even a broken one", () => {
    for (const value of [0, 0.25, 0.75, 1, -3, 7, Number.NaN]) {
      const delay =
        nextPollAt({ now: NOW, intervalSeconds: 100, random: () => value }).getTime() - NOW.getTime();
      expect(delay).toBeGreaterThanOrEqual(90_000);
      expect(delay).toBeLessThanOrEqual(110_000);
    }
  });
});

describe("backoffDelay", () => {
  const base = { baseSeconds: 30, capSeconds: 3600 };

  it("draws uniformly from [0, base·2^n]", () => {
    expect(backoffDelay({ ...base, consecutiveFailures: 0, random: () => 1 })).toBe(30);
    expect(backoffDelay({ ...base, consecutiveFailures: 3, random: () => 1 })).toBe(240);
    expect(backoffDelay({ ...base, consecutiveFailures: 3, random: () => 0.5 })).toBe(120);
    expect(backoffDelay({ ...base, consecutiveFailures: 3, random: () => 0 })).toBe(0);
  });

  it("never exceeds the cap, even after very many failures", () => {
    expect(backoffDelay({ ...base, consecutiveFailures: 7, random: () => 1 })).toBe(3600);
    expect(backoffDelay({ ...base, consecutiveFailures: 5000, random: () => 1 })).toBe(3600);
    expect(backoffDelay({ ...base, consecutiveFailures: 5000, random: () => 0.25 })).toBe(900);
  });
});

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe("createHostLimiter", () => {
  it("runs at most maxPerHost tasks per host, in order", async () => {
    const limiter = createHostLimiter(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, index) =>
      limiter.run(`https://slow.example/feed/${index}`, async () => {
        started.push(index);
        await gate.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limiter.activeFor("https://slow.example/")).toBe(2);
    expect(limiter.queuedFor("https://slow.example/")).toBe(1);
    gates[0]?.resolve();
    await runs[0];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.resolve();
    gates[2]?.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(limiter.activeFor("https://slow.example/")).toBe(0);
  });

  it("never lets a hanging host block another host", async () => {
    const limiter = createHostLimiter(1);
    const never = new Promise<never>(() => undefined);
    void limiter.run("https://hang.example/a", () => never);
    void limiter.run("https://hang.example/b", () => never);
    await expect(limiter.run("https://ok.example/feed", async () => "done")).resolves.toBe("done");
    expect(limiter.queuedFor("https://hang.example/")).toBe(1);
  });

  it("frees the slot when a task fails, and passes the failure on", async () => {
    const limiter = createHostLimiter(1);
    await expect(
      limiter.run("https://x.example/1", async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await expect(limiter.run("https://x.example/2", async () => 2)).resolves.toBe(2);
  });

  it("treats ports as different hosts and refuses a useless limit", () => {
    const limiter = createHostLimiter(1);
    void limiter.run("http://127.0.0.1:8001/a", () => new Promise(() => undefined));
    expect(limiter.activeFor("http://127.0.0.1:8002/a")).toBe(0);
    expect(() => createHostLimiter(0)).toThrow(RangeError);
  });
});
