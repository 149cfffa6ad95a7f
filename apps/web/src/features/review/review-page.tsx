import "../alerts/alerts.css";
import "./review.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ALERT_STATUS_LABELS, type AlertStatus, type ReviewAction } from "@vigil/db/alert-schemas";
import { INDICATORS } from "@vigil/taxonomy";
import { useMemo, useState } from "react";
import { plural } from "../../lib/format.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { CountrySelect } from "../../ui/country-select.tsx";
import { describeError, EmptyState, ErrorState, LoadingState } from "../../ui/states.tsx";
import { ReviewActions } from "./review-actions.tsx";
import {
  type AgeFilter,
  DEFAULT_REVIEW_FILTERS,
  type ReviewFilters,
  toReviewListInput,
} from "./review-filters.ts";
import { ReviewTable } from "./review-table.tsx";

const AGES: readonly [AgeFilter, string][] = [
  ["any", "Any age"],
  ["24h", "Last 24 hours"],
  ["7d", "Last 7 days"],
  ["30d", "Last 30 days"],
  ["older-7d", "Older than 7 days"],
];

/** The coordinators' review queue: filters, the alerts oldest first, and bulk actions. */
export default function ReviewPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<ReviewFilters>(DEFAULT_REVIEW_FILTERS);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<number>>(new Set());
  const [notice, setNotice] = useState("");
  // Ages are relative to when the filters were chosen, so the query key stays put between renders.
  const input = useMemo(() => toReviewListInput(filters, new Date()), [filters]);
  const queue = useQuery(trpc.review.list.queryOptions(input));
  const alerts = queue.data ?? [];
  const selected = alerts.filter((alert) => selectedIds.has(alert.id));
  const update = useMutation(
    trpc.review.update.mutationOptions({
      onSuccess: (updated, variables) => {
        setNotice(`${plural(updated.length, "alert")}: ${variables.action.replace("-", " ")} done.`);
        setSelectedIds(new Set());
        // A decision moves the map and the evidence too.
        void queryClient.invalidateQueries();
      },
      onError: (error) => setNotice(describeError(error)),
    }),
  );
  const change = (patch: Partial<ReviewFilters>) => {
    setFilters({ ...filters, ...patch });
    setSelectedIds(new Set());
  };
  const apply = (action: ReviewAction, note: string | undefined) =>
    update.mutate({ ids: selected.map((alert) => alert.id), action, note });

  return (
    <div className="review-page">
      <header className="page-header">
        <div>
          <h1>Review queue</h1>
          <p className="muted">
            Unverified alerts count at half weight on the map; verified in full; dismissed not at all.
            Reporters and exact places of other organisations stay hidden.
          </p>
        </div>
      </header>
      <section className="review-filters" aria-label="Filters">
        <label className="field">
          <span className="field__label">Status</span>
          <select
            value={filters.status}
            onChange={(event) => change({ status: event.target.value as ReviewFilters["status"] })}
          >
            <option value="open">Waiting for a decision</option>
            {(Object.keys(ALERT_STATUS_LABELS) as AlertStatus[]).map((status) => (
              <option key={status} value={status}>
                {ALERT_STATUS_LABELS[status]}
              </option>
            ))}
            <option value="all">All</option>
          </select>
        </label>
        <CountrySelect
          label="Country"
          value={filters.country}
          emptyLabel="Any country"
          onValueChange={(country) => change({ country })}
        />
        <label className="field">
          <span className="field__label">Indicator</span>
          <select value={filters.indicator} onChange={(event) => change({ indicator: event.target.value })}>
            <option value="">Any indicator</option>
            {INDICATORS.map((indicator) => (
              <option key={indicator.id} value={indicator.id}>
                {indicator.id} {indicator.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Age</span>
          <select value={filters.age} onChange={(event) => change({ age: event.target.value as AgeFilter })}>
            {AGES.map(([age, label]) => (
              <option key={age} value={age}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section aria-label="Alerts">
        <ReviewActions selected={selected} isBusy={update.isPending} onApply={apply} />
        <output className="review-page__notice" aria-live="polite">
          {notice}
        </output>
        {queue.isError && !queue.data ? (
          <ErrorState
            title="The review queue could not be loaded"
            error={queue.error}
            onRetry={() => queue.refetch()}
          />
        ) : !queue.data ? (
          <LoadingState label="Loading the review queue…" />
        ) : alerts.length === 0 ? (
          <EmptyState title="No alerts match these filters" />
        ) : (
          <ReviewTable
            alerts={alerts}
            selectedIds={selectedIds}
            now={new Date(queue.dataUpdatedAt || Date.now())}
            onToggle={(id) => {
              const next = new Set(selectedIds);
              if (!next.delete(id)) next.add(id);
              setSelectedIds(next);
            }}
            onToggleAll={() =>
              setSelectedIds(
                selected.length === alerts.length ? new Set() : new Set(alerts.map((alert) => alert.id)),
              )
            }
          />
        )}
      </section>
    </div>
  );
}
