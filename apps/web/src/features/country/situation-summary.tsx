import type { CountryDetail } from "../../lib/api-types.ts";
import { formatScore, plural } from "../../lib/format.ts";
import { LevelBadge } from "../../ui/level-badge.tsx";
import { TrendText } from "../../ui/trend-text.tsx";

/** Level, score, trend and coverage in one row, then "why this score" in words. */
export function SituationSummary({ detail }: { detail: CountryDetail }) {
  const { situation, explanation } = detail;
  return (
    <>
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
            <span className="muted"> (rated from {explanation.minCoverage})</span>
          </dd>
        </div>
      </dl>
      <section className="why" aria-labelledby="why-heading">
        <h3 id="why-heading">Why this score</h3>
        <p>{detail.why}</p>
      </section>
    </>
  );
}
