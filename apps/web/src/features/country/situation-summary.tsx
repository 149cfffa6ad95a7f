import type { CountryDetail } from "../../lib/api-types.ts";
import { SituationFacts } from "./situation-facts.tsx";

/** Level, score, trend and coverage in one row, then "why this score" in words. */
export function SituationSummary({ detail }: { detail: CountryDetail }) {
  const { situation, explanation } = detail;
  return (
    <>
      <SituationFacts situation={situation} minCoverage={explanation.minCoverage} />
      <section className="why" aria-labelledby="why-heading">
        <h3 id="why-heading">Why this score</h3>
        <p>{detail.why}</p>
      </section>
    </>
  );
}
