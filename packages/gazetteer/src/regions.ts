/** The coalition's five regions. */
export type RegionId = "africa" | "americas" | "asia-pacific" | "europe" | "mena";

/** The five regions with their display names, in display order. */
export const REGIONS: readonly { id: RegionId; name: string }[] = [
  { id: "africa", name: "Africa" },
  { id: "americas", name: "Americas" },
  { id: "asia-pacific", name: "Asia-Pacific" },
  { id: "europe", name: "Europe" },
  { id: "mena", name: "Middle East & North Africa" },
];
