import { LevelSwatch } from "../../ui/level-badge.tsx";
import { LEVEL_LABELS, RISK_LEVELS } from "./risk-scale.ts";

/** The key to the map's colours, highest level first, with the source of the borders. */
export function MapLegend() {
  const levels = [...RISK_LEVELS.slice(0, 4)].reverse().concat(RISK_LEVELS.slice(4));
  return (
    <div className="map-legend">
      <span className="map-legend__title">Risk level</span>
      <ul>
        {levels.map((level) => (
          <li key={level}>
            <LevelSwatch level={level} />
            {LEVEL_LABELS[level]}
          </li>
        ))}
      </ul>
      <span className="map-legend__note">Borders: Natural Earth</span>
    </div>
  );
}
