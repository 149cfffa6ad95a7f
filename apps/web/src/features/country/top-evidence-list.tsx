import type { TopEvidence } from "../../lib/api-types.ts";
import { EvidenceCard } from "./evidence-card.tsx";

/** The stories that weigh most in the score, strongest first. */
export function TopEvidenceList({ evidence }: { evidence: readonly TopEvidence[] }) {
  return (
    <section className="top-evidence" aria-labelledby="top-evidence-heading">
      <h3 id="top-evidence-heading">Top evidence</h3>
      {evidence.length === 0 ? (
        <p className="muted">No story in this window matched a risk indicator for this country.</p>
      ) : (
        <ol>
          {evidence.map((item) => (
            <li key={item.clusterId}>
              <EvidenceCard evidence={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
