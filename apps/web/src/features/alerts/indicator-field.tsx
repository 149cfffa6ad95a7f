import { useQuery } from "@tanstack/react-query";
import { getIndicator } from "@vigil/taxonomy";
import { useEffect, useState } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import { searchFramework } from "../filters/framework-search.ts";

/** Props of IndicatorField. */
export interface IndicatorFieldProps {
  chosen: readonly string[];
  /** The description so far: the scorer suggests indicators from it. */
  description: string;
  onChange: (indicators: string[]) => void;
  error?: string;
}

// Ask the scorer once typing pauses, not on every key.
const SUGGEST_AFTER_MS = 600;
const MIN_TEXT_FOR_SUGGESTIONS = 20;

/** The Framework's indicators: search by number or words, suggestions from the text, chosen ones as chips. */
export function IndicatorField({ chosen, description, onChange, error }: IndicatorFieldProps) {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const [text, setText] = useState("");
  useEffect(
    function settleDescription() {
      const timer = window.setTimeout(() => setText(description.trim()), SUGGEST_AFTER_MS);
      return () => window.clearTimeout(timer);
    },
    [description],
  );
  const suggestions = useQuery(
    trpc.alert.suggest.queryOptions(
      { text },
      { enabled: text.length >= MIN_TEXT_FOR_SUGGESTIONS, staleTime: Number.POSITIVE_INFINITY, retry: false },
    ),
  );
  const toggle = (id: string) =>
    onChange(chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id]);
  const suggested = (suggestions.data?.indicators ?? []).filter((entry) => !chosen.includes(entry.id));
  const results =
    query.trim() === ""
      ? []
      : searchFramework(query)
          .flatMap((group) => group.indicators)
          .slice(0, 12);
  return (
    <fieldset className="indicator-field">
      <legend className="field__label">Warning signs (Framework indicators)</legend>
      {chosen.length > 0 ? (
        <ul className="chips" aria-label="Chosen indicators">
          {chosen.map((id) => (
            <li key={id} className="chip">
              <span>
                {id} {getIndicator(id)?.name}
              </span>
              <button type="button" aria-label={`Remove ${id}`} onClick={() => toggle(id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="indicator-field__suggested" aria-live="polite">
        {suggested.length > 0 ? "Suggested from your description: " : null}
        {suggested.map((entry) => (
          <button
            key={entry.id}
            type="button"
            className="button button--small"
            title={`Found: ${entry.terms.join(", ")}`}
            onClick={() => toggle(entry.id)}
          >
            + {entry.id} {entry.name}
          </button>
        ))}
        {suggestions.isError && text.length >= MIN_TEXT_FOR_SUGGESTIONS ? (
          <span className="muted">Suggestions need a connection; search below instead.</span>
        ) : null}
      </p>
      <input
        type="search"
        aria-label="Search indicators by number or words"
        placeholder="Search: 8.8, hate speech, displacement…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {results.length > 0 ? (
        <ul className="indicator-field__results">
          {results.map((indicator) => (
            <li key={indicator.id}>
              <label title={indicator.description}>
                <input
                  type="checkbox"
                  checked={chosen.includes(indicator.id)}
                  onChange={() => toggle(indicator.id)}
                />
                <span className="picker__number">{indicator.id}</span> {indicator.name}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <p className="form-error">{error}</p> : null}
    </fieldset>
  );
}
