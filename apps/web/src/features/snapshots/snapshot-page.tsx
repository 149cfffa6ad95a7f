import "./snapshots.css";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import { ErrorState, LoadingState } from "../../ui/states.tsx";
import type { RankingSort } from "../filters/view-state.ts";
import { MapSection } from "../map/map-section.tsx";
import { RankingPanel } from "../ranking/ranking-panel.tsx";
import { ProvenanceBlock } from "./provenance-block.tsx";
import { SnapshotBanner, snapshotTitle } from "./snapshot-banner.tsx";
import { SnapshotCountry } from "./snapshot-country.tsx";
import type { SituationDocument } from "./snapshot-input.ts";

/** `/snapshots/:id`: the frozen view, read-only, with its map, ranking, open country and provenance. */
export default function SnapshotPage({ id }: { id: string }) {
  const trpc = useTRPC();
  // A snapshot never changes: read it once and keep it.
  const snapshot = useQuery(trpc.snapshot.get.queryOptions({ id }, { staleTime: Number.POSITIVE_INFINITY }));
  if (snapshot.isError)
    return <ErrorState title={`Snapshot ${id} could not be opened`} error={snapshot.error} />;
  if (!snapshot.data) return <LoadingState label="Opening the snapshot…" />;
  return <FrozenView document={snapshot.data} />;
}

function FrozenView({ document }: { document: SituationDocument }) {
  const { content } = document;
  const [sort, setSort] = useState<RankingSort>({ key: "score", direction: "desc" });
  const [selected, setSelected] = useState<string | null>(content.view.iso2 ?? rankedFirst(document));
  const region = content.view.region as Parameters<typeof MapSection>[0]["region"];
  const situation = content.situations.find((entry) => entry.iso2 === selected);
  const detail = content.countries.find((entry) => entry.situation.iso2 === selected);
  return (
    <article
      className="snapshot-page"
      data-snapshot-id={document.snapshot?.id}
      aria-label={snapshotTitle(document)}
    >
      <SnapshotBanner document={document} />
      <div className="dashboard">
        <section
          className="map-area"
          aria-label="Risk map as saved (the ranking beside it lists the same countries)"
        >
          <MapSection
            situations={content.situations}
            region={region}
            selectedIso2={selected}
            onSelectCountry={setSelected}
          />
        </section>
        <section className="ranking-area" aria-labelledby="snapshot-ranking-heading">
          <h2 id="snapshot-ranking-heading">Ranking</h2>
          <RankingPanel
            situations={content.situations}
            region={region}
            sort={sort}
            selectedIso2={selected}
            onSortChange={setSort}
            onSelectCountry={setSelected}
          />
        </section>
      </div>
      {situation ? <SnapshotCountry key={situation.iso2} situation={situation} detail={detail} /> : null}
      <ProvenanceBlock document={document} />
    </article>
  );
}

// With no open country, the snapshot opens on its highest-scoring country that has details.
function rankedFirst(document: SituationDocument): string | null {
  const detailed = new Set(document.content.countries.map((country) => country.situation.iso2));
  const best = document.content.situations
    .filter((situation) => detailed.has(situation.iso2) && situation.level !== "not-monitored")
    .sort((a, b) => b.score - a.score)[0];
  return best?.iso2 ?? null;
}
