import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import { ErrorState, LoadingState, NoDataYet } from "../../ui/states.tsx";
import { useSession } from "../account/use-session.ts";
import { FeedForm } from "./feed-form.tsx";
import { FeedTable } from "./feed-table.tsx";
import { useFeedMutations } from "./use-feed-mutations.ts";

const HEALTH_REFRESH_MS = 15_000;

/** The feed registry: each feed's health, and add, edit, disable, remove and refresh. Its own lazy chunk. */
export default function FeedsPage() {
  const trpc = useTRPC();
  const health = useQuery(trpc.feed.health.queryOptions(undefined, { refetchInterval: HEALTH_REFRESH_MS }));
  const feeds = useQuery(trpc.feed.list.queryOptions());
  const [editing, setEditing] = useState<number | "new" | null>(null);
  const actions = useFeedMutations({ onSaved: () => setEditing(null) });
  // Analysts read feed health; changing feeds is for coordinators and admins (the API enforces it).
  const canEdit = useSession().data?.user?.role !== "analyst";
  const editedFeed =
    typeof editing === "number" ? feeds.data?.find((feed) => feed.id === editing) : undefined;

  return (
    <div className="feeds-page">
      <header className="page-header">
        <div>
          <h1>Feeds</h1>
          <p className="muted">Polled in the background; failing feeds are retried with growing pauses.</p>
        </div>
        {canEdit ? null : (
          <p className="muted">
            You can read feed health; adding or changing feeds needs a coordinator or admin.
          </p>
        )}
        <div className="page-header__actions" hidden={!canEdit}>
          <button
            type="button"
            className="button"
            disabled={actions.refreshingIds.size > 0}
            onClick={() => actions.refresh()}
          >
            Refresh all
          </button>
          <button type="button" className="button button--primary" onClick={() => setEditing("new")}>
            Add feed
          </button>
        </div>
      </header>
      <output className="feeds-page__notice" aria-live="polite">
        {actions.notice}
      </output>
      {editing !== null && (editing === "new" || editedFeed) ? (
        <FeedForm
          key={editing}
          feed={editedFeed}
          isSaving={actions.isSaving}
          error={actions.saveError}
          onSubmit={(values) =>
            editedFeed ? actions.update({ id: editedFeed.id, ...values }) : actions.add(values)
          }
          onCancel={() => {
            actions.clearSaveError();
            setEditing(null);
          }}
        />
      ) : null}
      {health.isError && !health.data ? (
        <ErrorState
          title="Feed health could not be loaded"
          error={health.error}
          onRetry={() => health.refetch()}
        />
      ) : !health.data ? (
        <LoadingState label="Loading feeds…" />
      ) : health.data.length === 0 ? (
        <NoDataYet />
      ) : (
        <FeedTable
          feeds={health.data}
          now={new Date(health.dataUpdatedAt || Date.now())}
          busyIds={actions.refreshingIds}
          onRefresh={(id) => actions.refresh(id)}
          onEdit={(id) => setEditing(id)}
          onToggle={(id, isEnabled) => actions.update({ id, enabled: isEnabled })}
          onRemove={(feed) => {
            if (
              window.confirm(
                `Remove “${feed.name}”? Its items keep counting; adding the URL again restores it.`,
              )
            ) {
              actions.remove(feed.id);
            }
          }}
        />
      )}
    </div>
  );
}
