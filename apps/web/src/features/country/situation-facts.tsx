import type { CountryDetail } from "../../lib/api-types.ts";
import { formatScore, plural } from "../../lib/format.ts";
import { LevelBadge } from "../../ui/level-badge.tsx";
import { TrendText } from "../../ui/trend-text.tsx";

/** What the facts row shows of a situation; live views and frozen snapshots both have these fields. */
export type SituationFactsValue = Pick<
  CountryDetail["situation"],
  "level" | "score" | "trend" | "isSpike" | "coverage"
>;

/** Level, score, trend and coverage in one row; `minCoverage` adds the coverage floor when known. */
export function SituationFacts({
  situation,
  minCoverage,
}: {
  situation: SituationFactsValue;
  minCoverage?: number;
}) {
  return (
    <dl className="situation-facts">
      <div>
        <dt>Level</dt>
        <dd>
          <LevelBadge level={situation.level} />
        </dd>
      </div>
      <div>
        <dt>Score</dt>
        <dd>
          <span className="big-number">{formatScore(situation.score)}</span>
          <span className="muted"> / 100</span>
        </dd>
      </div>
      <div>
        <dt>Trend</dt>
        <dd>
          <TrendText trend={situation.trend} />
          {situation.isSpike ? <span className="spike-flag">spike</span> : null}
        </dd>
      </div>
      <div>
        <dt>Coverage</dt>
        <dd>
          {plural(situation.coverage, "item")}
          {minCoverage === undefined ? null : <span className="muted"> (rated from {minCoverage})</span>}
        </dd>
      </div>
    </dl>
  );
}
