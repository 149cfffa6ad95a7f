import { formatDay, formatMoment } from "../../lib/format.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { ExportMenu } from "../exports/export-menu.tsx";
import { liveViewHref, type SituationDocument } from "./snapshot-input.ts";

/** What a snapshot is, in one sentence: "Snapshot of Africa as of 1 Mar 2026, saved 2 Mar, 14:05 UTC by Ana". */
export function snapshotTitle(document: SituationDocument): string {
  const { content, snapshot } = document;
  const saved = snapshot ? `, saved ${formatMoment(snapshot.createdAt)} by ${snapshot.creator.label}` : "";
  return `Snapshot of ${content.view.label} as of ${formatDay(content.filters.asOf)}${saved}`;
}

/** The banner over a frozen view: that it is a snapshot, of what and when, and what to do with it. */
export function SnapshotBanner({ document }: { document: SituationDocument }) {
  const id = document.snapshot?.id ?? "";
  return (
    <section className="snapshot-banner" aria-labelledby="snapshot-heading">
      <div>
        <h1 id="snapshot-heading">{snapshotTitle(document)}</h1>
        <p>
          <strong>Frozen:</strong> this page shows the view exactly as it was saved and never changes.{" "}
          {document.content.provenance.filtersText}.
        </p>
      </div>
      <div className="snapshot-banner__actions">
        <ExportMenu target={{ snapshotId: id }} />
        <AppLink className="button" href={liveViewHref(document.content.filters)}>
          Open this view live
        </AppLink>
      </div>
    </section>
  );
}
