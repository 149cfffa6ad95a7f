import { useCallback, useEffect, useState } from "react";
import { type AlertDraft, loadDraft, newDraft, newIdempotencyKey, saveDraft } from "./alert-draft.ts";

/**
 * The report being written, kept in localStorage as it is typed: a reload, a crash or a lost
 * connection loses nothing. `reset` starts a new report (with a new idempotency key) once the last one
 * was submitted or queued; `replace` loads one back (a refused report, to edit).
 */
export function useDraft() {
  const [draft, setDraft] = useState<AlertDraft>(
    () => loadDraft(window.localStorage) ?? newDraft(newIdempotencyKey(), new Date()),
  );
  useEffect(
    function keepDraftOnDevice() {
      saveDraft(window.localStorage, draft);
    },
    [draft],
  );
  const change = useCallback(
    (patch: Partial<AlertDraft>) => setDraft((current) => ({ ...current, ...patch })),
    [],
  );
  const reset = useCallback(() => setDraft(newDraft(newIdempotencyKey(), new Date())), []);
  const replace = useCallback((next: AlertDraft) => setDraft(next), []);
  return { draft, change, reset, replace };
}
