import "./alerts.css";
import { useState } from "react";
import { inputToDraft, validateDraft } from "./alert-draft.ts";
import { AlertForm } from "./alert-form.tsx";
import { MyAlerts } from "./my-alerts.tsx";
import { useDraft } from "./use-draft.ts";
import { useOutbox } from "./use-outbox.ts";

/**
 * Reporting: the form (a draft kept on the device) and the reporter's own reports with their states.
 * A report is sent at once when online; otherwise it waits on the device as "pending upload" and goes
 * when the connection returns. A refused report stays in the form, exactly as typed.
 */
export default function AlertsPage() {
  const { draft, change, reset, replace } = useDraft();
  const outbox = useOutbox();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState("");

  async function submit() {
    const { input, errors: found } = validateDraft(draft);
    setErrors(found);
    if (!input) {
      setNotice("Some fields need attention; nothing was sent.");
      return;
    }
    setNotice("");
    const outcome = await outbox.send(input);
    if (outcome.kind === "refused") {
      setErrors({ form: outcome.message });
      return;
    }
    reset();
    setNotice(
      outcome.kind === "submitted"
        ? "Submitted. Your organisation's coordinators will review it."
        : "No connection: saved on this device as pending upload. It is sent as soon as you are back online.",
    );
  }

  return (
    <div className="alerts-page">
      <div className="alerts-page__form">
        <output className="alerts-page__notice" aria-live="polite">
          {notice}
        </output>
        <AlertForm
          draft={draft}
          onChange={(patch) => {
            change(patch);
            setNotice("");
            // Once errors show, they follow the typing: a fixed field stops saying it is wrong.
            if (Object.keys(errors).length > 0) setErrors(validateDraft({ ...draft, ...patch }).errors);
          }}
          errors={errors}
          isSending={outbox.isSending}
          onSubmit={() => void submit()}
        />
      </div>
      <MyAlerts
        outbox={outbox.entries}
        onEdit={(entry) => {
          replace(inputToDraft(entry.input));
          outbox.discard(entry.input.idempotencyKey);
          setErrors({ form: entry.message ?? "" });
          window.scrollTo({ top: 0 });
        }}
        onDiscard={outbox.discard}
      />
    </div>
  );
}
