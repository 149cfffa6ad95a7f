import { RISK_FACTORS } from "@vigil/taxonomy";
import { formatScore } from "../../lib/format.ts";
import { SituationFacts } from "../country/situation-facts.tsx";
import { TopEvidenceList } from "../country/top-evidence-list.tsx";
import type { SituationDocument } from "./snapshot-input.ts";

type Situation = SituationDocument["content"]["situations"][number];
type Detail = SituationDocument["content"]["countries"][number];

/** Props of SnapshotCountry. */
export interface SnapshotCountryProps {
  situation: Situation;
  /** The frozen details, when the snapshot carries them (countries with evidence, or the open one). */
  detail: Detail | undefined;
}

/** One country of a snapshot, read-only: level, score, trend, why, factor breakdown and evidence. */
export function SnapshotCountry({ situation, detail }: SnapshotCountryProps) {
  return (
    <section
      className="snapshot-country"
      aria-labelledby="snapshot-country-heading"
      data-iso2={situation.iso2}
    >
      <h2 id="snapshot-country-heading">{situation.name}</h2>
      <SituationFacts situation={situation} />
      {detail ? (
        <>
          <section className="why" aria-labelledby="snapshot-why-heading">
            <h3 id="snapshot-why-heading">Why this score</h3>
            <p>{detail.why}</p>
          </section>
          {detail.factors.length > 0 ? (
            <table className="snapshot-factors">
              <caption>Risk factors, highest score first</caption>
              <thead>
                <tr>
                  <th scope="col">Risk factor</th>
                  <th scope="col" className="numeric-cell">
                    Score
                  </th>
                  <th scope="col" className="numeric-cell">
                    Stories
                  </th>
                </tr>
              </thead>
              <tbody>
                {detail.factors.map((factor) => (
                  <tr key={factor.id}>
                    <th scope="row">
                      {factor.id}. {RISK_FACTORS.find((entry) => entry.id === factor.id)?.name}
                    </th>
                    <td className="numeric-cell">{formatScore(factor.score)}</td>
                    <td className="numeric-cell">{factor.clusters}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <TopEvidenceList evidence={detail.topEvidence} />
        </>
      ) : (
        <p className="muted">No evidence for this country under the snapshot's filters.</p>
      )}
    </section>
  );
}
