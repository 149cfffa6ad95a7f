import "./snapshots.css";
import { ExportMenu } from "../exports/export-menu.tsx";
import type { ViewState } from "../filters/view-state.ts";
import { SaveSnapshotButton } from "./save-snapshot-button.tsx";
import { toSnapshotInput } from "./snapshot-input.ts";

/** The dashboard's "Save snapshot" and "Export" for the view on screen (loaded lazily, off the first paint). */
export default function ViewActions({ view }: { view: ViewState }) {
  const input = toSnapshotInput(view);
  return (
    <div className="view-actions">
      <SaveSnapshotButton input={input} />
      <ExportMenu target={{ view: input }} />
    </div>
  );
}
