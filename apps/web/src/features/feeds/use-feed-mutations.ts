import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { plural } from "../../lib/format.ts";
import type { RouterInputs, RouterOutputs } from "../../lib/trpc.ts";
import { useTRPC } from "../../lib/trpc.ts";

type PollOutcome = RouterOutputs["feed"]["refresh"][number];

/** One refresh's outcome in a sentence. */
export function describeRefresh(outcomes: readonly PollOutcome[]): string {
  if (outcomes.length === 0) return "No enabled feed to refresh.";
  const failed = outcomes.filter((outcome) => outcome.status === "failed");
  const inserted = outcomes.reduce((sum, outcome) => sum + (outcome.inserted ?? 0), 0);
  const parts = [`Refreshed ${plural(outcomes.length, "feed")}: ${plural(inserted, "new item")}.`];
  for (const outcome of failed.slice(0, 3)) parts.push(outcome.error ?? `${outcome.url} failed.`);
  if (failed.length > 3) parts.push(`${failed.length - 3} more failed.`);
  return parts.join(" ");
}

/** The feeds page's writes; each one refreshes the feed queries (and the map, which new items change). */
export function useFeedMutations({ onSaved }: { onSaved: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState("");
  const [refreshingIds, setRefreshingIds] = useState<ReadonlySet<number>>(new Set());
  const invalidate = () => queryClient.invalidateQueries();
  const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

  function saved(message: string) {
    setNotice(message);
    onSaved();
    void invalidate();
  }

  const add = useMutation(
    trpc.feed.add.mutationOptions({ onSuccess: (feed) => saved(`Added ${feed.name}.`) }),
  );
  const update = useMutation(
    trpc.feed.update.mutationOptions({ onSuccess: (feed) => saved(`Saved ${feed.name}.`) }),
  );
  const remove = useMutation(
    trpc.feed.remove.mutationOptions({
      onSuccess: (feed) => {
        setNotice(`Removed ${feed.name}.`);
        void invalidate();
      },
      onError: (error) => setNotice(errorText(error)),
    }),
  );
  const refresh = useMutation(
    trpc.feed.refresh.mutationOptions({
      // -1 stands for "all feeds", which disables every Refresh button at once.
      onMutate: (input) => setRefreshingIds(new Set([input?.id ?? -1])),
      onSuccess: (outcomes) => setNotice(describeRefresh(outcomes)),
      onError: (error) => setNotice(errorText(error)),
      onSettled: () => {
        setRefreshingIds(new Set());
        void invalidate();
      },
    }),
  );
  const saveError = add.error ?? update.error;

  return {
    notice,
    refreshingIds,
    isSaving: add.isPending || update.isPending,
    saveError: saveError ? errorText(saveError) : null,
    clearSaveError: () => {
      add.reset();
      update.reset();
    },
    add: (values: RouterInputs["feed"]["add"]) => add.mutate(values),
    update: (values: RouterInputs["feed"]["update"]) => update.mutate(values),
    remove: (id: number) => remove.mutate({ id }),
    refresh: (id?: number) => refresh.mutate(id === undefined ? undefined : { id }),
  };
}
