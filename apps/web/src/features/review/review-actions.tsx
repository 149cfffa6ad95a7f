import { canApplyAction, REVIEW_ACTION_RULES, type ReviewAction } from "@vigil/db/alert-schemas";
import { useState } from "react";
import type { RouterOutputs } from "../../lib/trpc.ts";

type QueuedAlert = RouterOutputs["review"]["list"][number];

/** Props of ReviewActions. */
export interface ReviewActionsProps {
  selected: readonly QueuedAlert[];
  isBusy: boolean;
  onApply: (action: ReviewAction, note: string | undefined) => void;
}

const ACTIONS: readonly ReviewAction[] = ["start-review", "verify", "request-info", "dismiss", "reopen"];

/** The bulk action bar: each action is offered when it applies to every selected alert; some need a note. */
export function ReviewActions({ selected, isBusy, onApply }: ReviewActionsProps) {
  const [pending, setPending] = useState<ReviewAction | null>(null);
  const [note, setNote] = useState("");
  const applies = (action: ReviewAction) =>
    selected.length > 0 && selected.every((alert) => canApplyAction(action, alert.status));
  const rule = pending ? REVIEW_ACTION_RULES[pending] : null;
  return (
    <div className="review-actions" role="toolbar" aria-label="Actions on the selected alerts">
      <span className="review-actions__count">{selected.length} selected</span>
      {ACTIONS.map((action) => (
        <button
          key={action}
          type="button"
          className={`button button--small${action === "dismiss" ? " button--danger" : ""}`}
          disabled={!applies(action) || isBusy}
          onClick={() => {
            if (REVIEW_ACTION_RULES[action].note === null) onApply(action, undefined);
            else {
              setPending(action);
              setNote("");
            }
          }}
        >
          {REVIEW_ACTION_RULES[action].label}
        </button>
      ))}
      {pending && rule ? (
        <form
          className="review-actions__note"
          onSubmit={(event) => {
            event.preventDefault();
            onApply(pending, note);
            setPending(null);
          }}
        >
          <label className="field">
            <span className="field__label">
              {rule.label}: {rule.note}
            </span>
            <input required maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <button
            type="submit"
            className="button button--small button--primary"
            disabled={note.trim() === "" || isBusy}
          >
            {rule.label} {selected.length}
          </button>
          <button type="button" className="link-button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </form>
      ) : null}
    </div>
  );
}
