import { describe, expect, it } from "vitest";
import { BandTable } from "./band-table.ts";

function clustersOf(table: BandTable, key: number): number[] {
  const clusters: number[] = [];
  for (let cursor = table.first(key); cursor !== 0; cursor = table.nextOf(cursor)) {
    // Each posting carries the day it was added with.
    expect(table.dayAt(cursor)).toBe(table.clusterAt(cursor) % 31);
    clusters.push(table.clusterAt(cursor));
  }
  return clusters.sort((a, b) => a - b);
}

describe("BandTable", () => {
  it("holds what a Map of arrays holds, with each posting's day, through growth and keys that share their low bits", () => {
    const table = new BandTable();
    const reference = new Map<number, number[]>();
    // Keys 0 and negatives, runs of keys equal modulo every table size, and many slots per key.
    const keys = [
      0,
      -1,
      1,
      2 ** 31 - 1,
      -(2 ** 31),
      ...Array.from({ length: 3000 }, (_, n) => (n * 65_536) | 0),
    ];
    for (let n = 0; n < 20_000; n++) keys.push(Math.imul(n, 0x9e3779b1) | 0);
    keys.forEach((key, index) => {
      for (let slot = index; slot < index + 1 + (index % 3); slot++) {
        table.add(key, slot, slot % 31);
        reference.set(key, [...(reference.get(key) ?? []), slot]);
      }
    });
    for (const [key, clusters] of reference) expect(clustersOf(table, key)).toEqual(clusters);
    for (const missing of [7, -7, 65_537, 123_456_789]) expect(clustersOf(table, missing)).toEqual([]);
  });
});
