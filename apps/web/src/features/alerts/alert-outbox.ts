import type { AlertSubmitInput } from "@vigil/db/alert-schemas";

/** A report waiting on this device: not yet acknowledged by the server, or refused by it. */
export interface OutboxEntry {
  input: AlertSubmitInput;
  queuedAt: string;
  state: "pending" | "rejected";
  /** The server's reason for a refusal, or the last network failure. */
  message: string | null;
  attempts: number;
}

/** Where queued reports wait (localStorage): a reload or a closed tab loses none. */
export const OUTBOX_STORAGE_KEY = "vigil.alert-outbox.v1";

/** Queues a report; the same report queued twice (same key) is kept once. */
export function enqueue(entries: readonly OutboxEntry[], input: AlertSubmitInput, now: Date): OutboxEntry[] {
  const others = entries.filter((entry) => entry.input.idempotencyKey !== input.idempotencyKey);
  return [...others, { input, queuedAt: now.toISOString(), state: "pending", message: null, attempts: 0 }];
}

/** Forgets a report (sent, or discarded by the member). */
export function removeEntry(entries: readonly OutboxEntry[], key: string): OutboxEntry[] {
  return entries.filter((entry) => entry.input.idempotencyKey !== key);
}

/** Records a failed attempt: refused by the server (it won't be retried) or not delivered (it will). */
export function markFailure(
  entries: readonly OutboxEntry[],
  key: string,
  failure: { isRefused: boolean; message: string },
): OutboxEntry[] {
  return entries.map((entry) =>
    entry.input.idempotencyKey === key
      ? {
          ...entry,
          state: failure.isRefused ? "rejected" : "pending",
          message: failure.message,
          attempts: entry.attempts + 1,
        }
      : entry,
  );
}

/** The queued reports on this device. */
export function loadOutbox(storage: Storage): OutboxEntry[] {
  try {
    const saved = storage.getItem(OUTBOX_STORAGE_KEY);
    return saved ? (JSON.parse(saved) as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

/** Saves the queue on this device. */
export function saveOutbox(storage: Storage, entries: readonly OutboxEntry[]): void {
  storage.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(entries));
}

/**
 * Whether a failed send was a refusal by the server (the report must change: keep it for editing) rather
 * than a delivery failure (offline, timeout, server restarting, signed out: retry as is).
 */
export function isRefusal(error: unknown): boolean {
  const code = (error as { data?: { code?: string } } | null)?.data?.code;
  return code === "BAD_REQUEST" || code === "CONFLICT" || code === "FORBIDDEN" || code === "NOT_FOUND";
}
