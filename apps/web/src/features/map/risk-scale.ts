import type { PathOptions } from "leaflet";
import type { RiskLevel } from "../../lib/api-types.ts";

/** Rated levels from lowest to highest, then the unrated one. */
export const RISK_LEVELS: readonly RiskLevel[] = ["low", "moderate", "high", "severe", "not-monitored"];

/**
 * ColorBrewer YlOrRd (Brewer & Harrower): a sequential scale that stays ordered for the common forms
 * of colour blindness and in greyscale, because lightness falls steadily from low to severe.
 */
export const LEVEL_COLORS: Readonly<Record<Exclude<RiskLevel, "not-monitored">, string>> = {
  low: "#ffeda0",
  moderate: "#feb24c",
  high: "#e31a1c",
  severe: "#7a0026",
};

/** SVG pattern id of the not-monitored hatch; `hatch-pattern.tsx` defines it once per page. */
export const NOT_MONITORED_PATTERN_ID = "vigil-not-monitored";
/** Ground and stripe of the hatch: neutral greys, so "unknown" never reads as "low". */
export const NOT_MONITORED_COLORS = { ground: "#eceef1", stripe: "#a3aab5" } as const;

/** Human words for each level. */
export const LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  "not-monitored": "Not monitored",
  low: "Low",
  moderate: "Moderate",
  high: "High",
  severe: "Severe",
};

/** The fill of a level: a colour, or a reference to the hatch pattern for not monitored. */
export function levelFill(level: RiskLevel): string {
  return level === "not-monitored" ? `url(#${NOT_MONITORED_PATTERN_ID})` : LEVEL_COLORS[level];
}

const DARK_TEXT = "#1b1f24";
const LIGHT_TEXT = "#ffffff";

/** Text colour readable on a level's swatch: whichever of near-black and white contrasts more. */
export function levelTextColor(level: RiskLevel): string {
  const swatch = level === "not-monitored" ? NOT_MONITORED_COLORS.ground : LEVEL_COLORS[level];
  return contrastRatio(DARK_TEXT, swatch) >= contrastRatio(LIGHT_TEXT, swatch) ? DARK_TEXT : LIGHT_TEXT;
}

/** Options for `countryStyle`. */
export interface CountryStyleOptions {
  /** Outside the selected region: drawn faded so the region stands out. */
  isDimmed?: boolean;
}

const styleCache = new Map<string, PathOptions>();

/**
 * Leaflet path options for a country of this level. The same inputs always return the same object,
 * since react-leaflet compares style objects by reference and would otherwise restyle every render.
 */
export function countryStyle(level: RiskLevel, options: CountryStyleOptions = {}): PathOptions {
  const key = `${level}:${options.isDimmed === true}`;
  let style = styleCache.get(key);
  if (!style) {
    style = Object.freeze({
      fillColor: levelFill(level),
      fillOpacity: options.isDimmed ? 0.35 : 1,
      color: "#ffffff",
      opacity: options.isDimmed ? 0.5 : 1,
      weight: 0.6,
    });
    styleCache.set(key, style);
  }
  return style;
}

/**
 * Path options for a country drawn as a circle marker: the same fill, with a dark ring so a point
 * on the sea stays visible whatever its colour. Same caching as `countryStyle`.
 */
export function markerStyle(level: RiskLevel, options: CountryStyleOptions = {}): PathOptions {
  const key = `marker:${level}:${options.isDimmed === true}`;
  let style = styleCache.get(key);
  if (!style) {
    style = Object.freeze({ ...countryStyle(level, options), color: "#3d4451", weight: 1 });
    styleCache.set(key, style);
  }
  return style;
}

/** The outline of the open country, drawn over its fill so the map shows which one the panel is about. */
export const SELECTED_OUTLINE: PathOptions = Object.freeze({ color: "#111827", weight: 2.2, opacity: 1 });

/** Relative luminance (WCAG 2.x) of a #rrggbb colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
