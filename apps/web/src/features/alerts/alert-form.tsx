import { ALERT_LIMITS, type AlertSeverity, type KnowledgeSource } from "@vigil/db/alert-schemas";
import { type FormEvent, useId } from "react";
import { CountrySelect } from "../../ui/country-select.tsx";
import type { AlertDraft } from "./alert-draft.ts";
import { FieldError } from "./field-error.tsx";
import { IndicatorField } from "./indicator-field.tsx";
import { PlaceFields } from "./place-fields.tsx";

const SEVERITIES: readonly [AlertSeverity, string][] = [
  ["low", "Low"],
  ["medium", "Medium"],
  ["high", "High"],
  ["critical", "Critical: lives at risk now"],
];
const KNOWLEDGE: readonly [KnowledgeSource, string][] = [
  ["witnessed", "I witnessed it"],
  ["trusted-contact", "A trusted contact told me"],
  ["media", "Media or social media"],
  ["other", "Other"],
];

/** Props of AlertForm. */
export interface AlertFormProps {
  draft: AlertDraft;
  onChange: (patch: Partial<AlertDraft>) => void;
  /** Field errors from the shared schema, or the server's refusal under "form". */
  errors: Record<string, string>;
  isSending: boolean;
  onSubmit: () => void;
}

/** The field-alert form. It only edits the draft; validation and sending happen one level up. */
export function AlertForm({ draft, onChange, errors, isSending, onSubmit }: AlertFormProps) {
  const formErrorId = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form
      className="alert-form"
      onSubmit={submit}
      noValidate
      aria-describedby={errors.form ? formErrorId : undefined}
    >
      <h2>Report what you see</h2>
      <div className="field">
        <CountrySelect
          label="Country"
          value={draft.country}
          emptyLabel="Choose a country…"
          onValueChange={(country) => onChange({ country })}
        />
        <FieldError message={errors.country} />
      </div>
      <PlaceFields draft={draft} onChange={onChange} errors={errors} />
      <div className="field">
        <label className="field">
          <span className="field__label">When it happened (your local time)</span>
          <input
            type="datetime-local"
            value={draft.occurredAt}
            onChange={(event) => onChange({ occurredAt: event.target.value })}
          />
        </label>
        <FieldError message={errors.occurredAt} />
      </div>
      <div className="field">
        <label className="field">
          <span className="field__label">What happened</span>
          <textarea
            rows={6}
            maxLength={ALERT_LIMITS.description}
            value={draft.description}
            onChange={(event) => onChange({ description: event.target.value })}
          />
          <span className="muted alert-form__hint">
            {draft.description.trim().length} / {ALERT_LIMITS.description} characters. Analysts read this
            text: keep names and contacts of people out of it, and put the exact place in the place fields
            above.
          </span>
        </label>
        <FieldError message={errors.description} />
      </div>
      <IndicatorField
        chosen={draft.indicators}
        description={draft.description}
        onChange={(indicators) => onChange({ indicators })}
        error={errors.indicators}
      />
      <fieldset className="segmented">
        <legend className="field__label">How serious</legend>
        <div className="segmented__options">
          {SEVERITIES.map(([severity, label]) => (
            <label key={severity} className={draft.severity === severity ? "is-checked" : undefined}>
              <input
                type="radio"
                name="severity"
                checked={draft.severity === severity}
                onChange={() => onChange({ severity })}
              />
              {label}
            </label>
          ))}
        </div>
        <FieldError message={errors.severity} />
      </fieldset>
      <div className="field">
        <label className="field">
          <span className="field__label">How you know</span>
          <select
            value={draft.knowledge}
            onChange={(event) => onChange({ knowledge: event.target.value as KnowledgeSource })}
          >
            <option value="">Choose…</option>
            {KNOWLEDGE.map(([knowledge, label]) => (
              <option key={knowledge} value={knowledge}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <FieldError message={errors.knowledge} />
      </div>
      <div className="field">
        <label className="field">
          <span className="field__label">Links (optional, one per line, at most {ALERT_LIMITS.links})</span>
          <textarea
            rows={2}
            value={draft.links}
            onChange={(event) => onChange({ links: event.target.value })}
          />
          <span className="muted alert-form__hint">Stored as typed and never opened by the server.</span>
        </label>
        <FieldError message={errors.links} />
      </div>
      <p className="alert-form__attachments">
        Photos, videos and documents can't be attached yet (out of scope for now). Describe them here and keep
        them safe until a coordinator asks for them.
      </p>
      <div className="alert-form__actions">
        <button type="submit" className="button button--primary" disabled={isSending}>
          {isSending ? "Sending…" : "Submit report"}
        </button>
        <span className="muted">Your draft is kept on this device until it is sent.</span>
      </div>
      {errors.form ? (
        <p className="form-error" id={formErrorId} role="alert">
          {errors.form}
        </p>
      ) : null}
    </form>
  );
}
