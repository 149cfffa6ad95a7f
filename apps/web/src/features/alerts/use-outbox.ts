import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AlertSubmitInput } from "@vigil/db/alert-schemas";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import { describeError } from "../../ui/states.tsx";
import {
  enqueue,
  isRefusal,
  loadOutbox,
  markFailure,
  type OutboxEntry,
  removeEntry,
  saveOutbox,
} from "./alert-outbox.ts";

/** How often queued reports are tried again while the page is open (and at once when back online). */
const RETRY_EVERY_MS = 15_000;

/** What became of a report the form sent. */
export type SendOutcome = { kind: "submitted" } | { kind: "queued" } | { kind: "refused"; message: string };

/**
 * Reports on their way to the server. `send` tries at once when online; a report that could not be
 * delivered (offline, timeout, server restarting, signed out) waits in localStorage and is retried when
 * the browser is back online and every few seconds, always with its idempotency key, so a retry never
 * makes a second alert. A refusal (bad input) is the form's to show: nothing is lost either way.
 */
export function useOutbox() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<OutboxEntry[]>(() => loadOutbox(window.localStorage));
  const entriesRef = useRef(entries);
  const isFlushing = useRef(false);
  const submit = useMutation(trpc.alert.submit.mutationOptions());
  const { mutateAsync } = submit;

  const update = useCallback((next: (current: OutboxEntry[]) => OutboxEntry[]) => {
    entriesRef.current = next(entriesRef.current);
    saveOutbox(window.localStorage, entriesRef.current);
    setEntries(entriesRef.current);
  }, []);
  const refreshAlerts = useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.alert.list.queryKey() }),
    [queryClient, trpc],
  );

  const flush = useCallback(async () => {
    if (isFlushing.current || !navigator.onLine) return;
    isFlushing.current = true;
    try {
      for (const entry of entriesRef.current.filter((candidate) => candidate.state === "pending")) {
        const key = entry.input.idempotencyKey;
        try {
          await mutateAsync(entry.input);
          update((current) => removeEntry(current, key));
          void refreshAlerts();
        } catch (error) {
          update((current) =>
            markFailure(current, key, { isRefused: isRefusal(error), message: describeError(error) }),
          );
          if (!isRefusal(error)) break; // the connection is the problem: the next tries would fail alike
        }
      }
    } finally {
      isFlushing.current = false;
    }
  }, [mutateAsync, refreshAlerts, update]);

  useEffect(
    function retryQueuedReports() {
      void flush();
      const timer = window.setInterval(() => void flush(), RETRY_EVERY_MS);
      window.addEventListener("online", flush);
      return () => {
        window.clearInterval(timer);
        window.removeEventListener("online", flush);
      };
    },
    [flush],
  );

  const send = useCallback(
    async (input: AlertSubmitInput): Promise<SendOutcome> => {
      if (navigator.onLine) {
        try {
          await mutateAsync(input);
          void refreshAlerts();
          return { kind: "submitted" };
        } catch (error) {
          if (isRefusal(error)) return { kind: "refused", message: describeError(error) };
        }
      }
      update((current) => enqueue(current, input, new Date()));
      return { kind: "queued" };
    },
    [mutateAsync, refreshAlerts, update],
  );

  return {
    entries,
    isSending: submit.isPending,
    send,
    flush,
    discard: (key: string) => update((current) => removeEntry(current, key)),
  };
}
