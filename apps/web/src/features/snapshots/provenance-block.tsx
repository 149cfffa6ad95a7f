import { formatMoment, plural } from "../../lib/format.ts";
import type { SituationDocument } from "./snapshot-input.ts";

/** Where a snapshot's numbers come from: filters, data range, counts, scoring version, coverage, hash. */
export function ProvenanceBlock({ document }: { document: SituationDocument }) {
  const { content, snapshot } = document;
  const { provenance } = content;
  const range =
    provenance.dataRange.earliest && provenance.dataRange.latest
      ? `${formatMoment(provenance.dataRange.earliest)} to ${formatMoment(provenance.dataRange.latest)}`
      : "no items in the window";
  const rows: [string, string][] = [
    ["Snapshot", snapshot ? `${snapshot.id}, saved by ${snapshot.creator.label}` : "live view (not saved)"],
    ["Filters", provenance.filtersText],
    ["Window", `${provenance.window.from} to ${provenance.window.to} (UTC days)`],
    ["Data read at", formatMoment(document.accessedAt)],
    ["Data range", range],
    [
      "Sources and items",
      `${plural(provenance.sources, "source")}, ${plural(provenance.items, "item")} (${provenance.evidenceItems.toLocaleString("en-US")} with matching evidence)`,
    ],
    ["Scoring version", content.scoringVersion],
    ["Coverage", provenance.coverage.note],
  ];
  return (
    <section className="provenance" aria-labelledby="provenance-heading">
      <h2 id="provenance-heading">Provenance</h2>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>Content SHA-256</dt>
          <dd>
            <code className="provenance__hash">{document.contentHash}</code>
          </dd>
        </div>
      </dl>
    </section>
  );
}
