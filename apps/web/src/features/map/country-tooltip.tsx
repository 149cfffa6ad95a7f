import type { CountrySituation } from "../../lib/api-types.ts";
import { formatScore } from "../../lib/format.ts";
import { LevelBadge } from "../../ui/level-badge.tsx";
import { TrendText } from "../../ui/trend-text.tsx";

/** What hovering a country shows: name, level, score and trend. */
export function CountryTooltip({
  name,
  situation,
}: {
  name: string;
  situation: CountrySituation | undefined;
}) {
  return (
    <div className="country-tooltip">
      <strong>{name}</strong>
      {situation ? (
        <div className="country-tooltip__row">
          <LevelBadge level={situation.level} />
          <span>
            Score <b>{formatScore(situation.score)}</b>
          </span>
          <TrendText trend={situation.trend} />
          {situation.isSpike ? <span className="spike-flag">spike</span> : null}
        </div>
      ) : (
        <div className="country-tooltip__row">Loading…</div>
      )}
    </div>
  );
}
