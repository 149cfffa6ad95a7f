import { describe, expect, it } from "vitest";
import type { ItemSummary } from "../../lib/api-types.ts";
import { groupStories } from "./group-stories.ts";

function item(id: number, clusterId: number | null, source: string): ItemSummary {
  return {
    id,
    title: `Story ${clusterId ?? id}`,
    summary: "",
    url: null,
    publishedAt: "2026-11-20T10:00:00Z",
    ingestedAt: "2026-11-20T10:01:00Z",
    lang: "en",
    severity: 50,
    sourceType: "news",
    source: { id: id, name: source },
    clusterId,
    countries: [],
    signals: [],
    alert: null,
  };
}

describe("groupStories", () => {
  it("folds a cluster's items into its newest one and keeps the order of first appearance", () => {
    const groups = groupStories([
      item(5, 1, "Relief Wire"),
      item(4, 2, "Field Desk"),
      item(3, 1, "Regional Monitor"),
      item(2, 1, "Relief Wire"),
      item(1, null, "Field Desk"),
    ]);
    expect(groups.map((group) => group.item.id)).toEqual([5, 4, 1]);
    expect(groups[0]?.sourceNames).toEqual(["Relief Wire", "Regional Monitor"]);
    expect(groups[0]?.itemCount).toBe(3);
  });
});
