import type { SituationDocument } from "@vigil/db";

/** One line of the provenance block: a machine key (CSV column), a label for people, a value. */
export interface ProvenanceField {
  key: string;
  label: string;
  value: string | number | null;
}

/**
 * The provenance block every export carries, in one order: which snapshot (or the live view), its
 * hash, the filters, when the data was read, what data it covers, and the coverage caveat.
 */
export function provenanceFields(document: SituationDocument): ProvenanceField[] {
  const { content, snapshot } = document;
  const { provenance } = content;
  return [
    { key: "snapshot_id", label: "Snapshot", value: snapshot?.id ?? null },
    { key: "saved_by", label: "Saved by", value: snapshot?.creator.label ?? null },
    { key: "content_sha256", label: "Content SHA-256", value: document.contentHash },
    { key: "view", label: "View", value: content.view.label },
    { key: "filters", label: "Filters", value: provenance.filtersText },
    { key: "as_of", label: "As of", value: content.filters.asOf },
    { key: "accessed_at", label: "Data read at", value: document.accessedAt },
    { key: "data_from", label: "Earliest item", value: provenance.dataRange.earliest },
    { key: "data_to", label: "Latest item", value: provenance.dataRange.latest },
    { key: "sources", label: "Sources", value: provenance.sources },
    { key: "items", label: "Items (coverage)", value: provenance.items },
    { key: "evidence_items", label: "Items with matching evidence", value: provenance.evidenceItems },
    { key: "scoring_version", label: "Scoring version", value: content.scoringVersion },
    { key: "coverage_note", label: "Coverage", value: provenance.coverage.note },
  ];
}
