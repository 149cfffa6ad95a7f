import type { ItemSummary } from "../../lib/api-types.ts";

/** One story in the latest-evidence list: its newest item and every source that carried it. */
export interface StoryGroup {
  item: ItemSummary;
  sourceNames: string[];
  itemCount: number;
}

/**
 * Folds items of the same story cluster into one entry (newest first), so a story carried by three
 * feeds reads as one line "3 sources" instead of three identical headlines. Items without a cluster
 * stay on their own.
 */
export function groupStories(items: readonly ItemSummary[]): StoryGroup[] {
  const groups: StoryGroup[] = [];
  const byCluster = new Map<number, StoryGroup>();
  for (const item of items) {
    const existing = item.clusterId === null ? undefined : byCluster.get(item.clusterId);
    if (existing) {
      existing.itemCount++;
      if (!existing.sourceNames.includes(item.source.name)) existing.sourceNames.push(item.source.name);
      continue;
    }
    const group = { item, sourceNames: [item.source.name], itemCount: 1 };
    groups.push(group);
    if (item.clusterId !== null) byCluster.set(item.clusterId, group);
  }
  return groups;
}
