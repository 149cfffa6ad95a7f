import type { CountrySituation } from "@vigil/db";

type Level = CountrySituation["level"];

/**
 * ColorBrewer YlOrRd (Brewer & Harrower), as the dashboard's map uses (apps/web risk-scale.ts): it stays
 * ordered in greyscale, which matters on a printed brief.
 */
export const LEVEL_COLORS: Readonly<Record<Exclude<Level, "not-monitored">, string>> = {
  low: "#ffeda0",
  moderate: "#feb24c",
  high: "#e31a1c",
  severe: "#7a0026",
};

/** Human words for each level. */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  "not-monitored": "Not monitored",
  low: "Low",
  moderate: "Moderate",
  high: "High",
  severe: "Severe",
};

/** Text colour readable on a level's swatch. */
export function levelTextColor(level: Level): string {
  return level === "high" || level === "severe" ? "#ffffff" : "#1b1f24";
}

/** The SVG pattern id of the not-monitored hatch, defined once in the brief's map. */
export const HATCH_ID = "not-monitored-hatch";

/** The fill of a level on the brief's map. */
export function levelFill(level: Level): string {
  return level === "not-monitored" ? `url(#${HATCH_ID})` : LEVEL_COLORS[level];
}
