import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { describeError } from "../../ui/states.tsx";
import type { ExportView } from "../exports/export-urls.ts";

/** Props of SaveSnapshotButton. */
export interface SaveSnapshotButtonProps {
  /** The view to freeze, as `snapshot.create` takes it. */
  input: ExportView;
}

/** "Save snapshot": freezes the view on the server, then offers its stable link. */
export function SaveSnapshotButton({ input }: SaveSnapshotButtonProps) {
  const trpc = useTRPC();
  const save = useMutation(trpc.snapshot.create.mutationOptions());
  const path = save.data?.path;
  return (
    <div className="save-snapshot">
      <button
        type="button"
        className="button"
        disabled={save.isPending}
        onClick={() => save.mutate(input)}
        title="Store this view, with its filters, scores and evidence, as it is now: a frozen, citable picture"
      >
        {save.isPending ? "Saving…" : "Save snapshot"}
      </button>
      <span className="save-snapshot__status" aria-live="polite">
        {path ? (
          <>
            Snapshot saved: <AppLink href={path}>{`${window.location.origin}${path}`}</AppLink>
          </>
        ) : null}
        {save.isError ? (
          <span role="alert" className="save-snapshot__error">
            Could not save the snapshot. {describeError(save.error)}
          </span>
        ) : null}
      </span>
    </div>
  );
}
