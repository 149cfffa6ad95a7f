import { LEVEL_COLORS, LEVEL_LABELS, levelTextColor } from "../features/map/risk-scale.ts";
import type { RiskLevel } from "../lib/api-types.ts";

/** A risk level as a coloured pill with its name (colour is never the only cue). */
export function LevelBadge({ level }: { level: RiskLevel }) {
  const isRated = level !== "not-monitored";
  return (
    <span
      className={`level-badge${isRated ? "" : " level-badge--unrated"}`}
      style={isRated ? { background: LEVEL_COLORS[level], color: levelTextColor(level) } : undefined}
    >
      {LEVEL_LABELS[level]}
    </span>
  );
}

/** A small square in a level's colour (hatched for not monitored), for legends and tables. */
export function LevelSwatch({ level }: { level: RiskLevel }) {
  const isRated = level !== "not-monitored";
  return (
    <span
      aria-hidden="true"
      className={`level-swatch${isRated ? "" : " level-swatch--unrated"}`}
      style={isRated ? { background: LEVEL_COLORS[level] } : undefined}
    />
  );
}
