import { type FormEvent, useId, useState } from "react";
import type { Feed, RouterInputs } from "../../lib/api-types.ts";

/** What the form sends: `feed.add`'s input (and, with an id, `feed.update`'s). */
export type FeedFormValues = RouterInputs["feed"]["add"];

/** Props of FeedForm. */
export interface FeedFormProps {
  /** The feed being edited, or undefined to add one. */
  feed?: Feed;
  isSaving: boolean;
  /** The server's message when saving failed (its zod schema is the validator). */
  error: string | null;
  onSubmit: (values: FeedFormValues) => void;
  onCancel: () => void;
}

/** Adds or edits a news feed: name, URL, language, reliability and poll interval. */
export function FeedForm({ feed, isSaving, error, onSubmit, onCancel }: FeedFormProps) {
  const [name, setName] = useState(feed?.name ?? "");
  const [url, setUrl] = useState(feed?.url ?? "");
  const [lang, setLang] = useState(feed?.lang ?? "en");
  const [reliability, setReliability] = useState(String(feed?.reliability ?? 0.7));
  const [minutes, setMinutes] = useState(String(Math.round((feed?.pollIntervalSeconds ?? 900) / 60)));
  const errorId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({
      name,
      url,
      lang,
      reliability: Number(reliability),
      pollIntervalSeconds: Math.round(Number(minutes) * 60),
    });
  }

  return (
    <form className="feed-form" onSubmit={submit} aria-describedby={error ? errorId : undefined}>
      <h2>{feed ? `Edit ${feed.name}` : "Add a feed"}</h2>
      <label className="field">
        <span className="field__label">Name</span>
        <input required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label className="field field--wide">
        <span className="field__label">Feed URL (RSS, Atom or JSON Feed)</span>
        <input
          required
          type="url"
          pattern="https?://.*"
          placeholder="https://…"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Language</span>
        <input
          required
          pattern="[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"
          size={6}
          value={lang}
          onChange={(event) => setLang(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Reliability (0–1)</span>
        <input
          required
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={reliability}
          onChange={(event) => setReliability(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Poll every (minutes)</span>
        <input
          required
          type="number"
          min={5}
          max={1440}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
        />
      </label>
      <div className="feed-form__actions">
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? "Saving…" : feed ? "Save changes" : "Add feed"}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error ? (
        <p className="form-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
