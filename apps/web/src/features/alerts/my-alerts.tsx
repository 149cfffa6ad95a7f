import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getCountry } from "@vigil/gazetteer/countries";
import { useState } from "react";
import { formatMoment } from "../../lib/format.ts";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.ts";
import { describeError, ErrorState, LoadingState } from "../../ui/states.tsx";
import { describeAlertLocation } from "./alert-location.ts";
import type { OutboxEntry } from "./alert-outbox.ts";
import { REPORT_STATE_TEXT, type ReportState } from "./alert-status.ts";

type AlertView = RouterOutputs["alert"]["list"][number];

/** Props of MyAlerts. */
export interface MyAlertsProps {
  outbox: readonly OutboxEntry[];
  onEdit: (entry: OutboxEntry) => void;
  onDiscard: (key: string) => void;
}

/** The reporter's reports: those still on this device, then those the server has, each with its state. */
export function MyAlerts({ outbox, onEdit, onDiscard }: MyAlertsProps) {
  const trpc = useTRPC();
  const alerts = useQuery(trpc.alert.list.queryOptions(undefined, { refetchInterval: 30_000 }));
  const onServer = new Set((alerts.data ?? []).map((alert) => alert.protected?.idempotencyKey));
  const waiting = outbox.filter((entry) => !onServer.has(entry.input.idempotencyKey));
  return (
    <section className="my-alerts" aria-labelledby="my-alerts-heading">
      <h2 id="my-alerts-heading">Your reports</h2>
      <ul className="my-alerts__list">
        {waiting.map((entry) => (
          <li
            key={entry.input.idempotencyKey}
            className="report"
            data-state={entry.state === "pending" ? "pending-upload" : "not-accepted"}
          >
            <ReportHeader
              state={entry.state === "pending" ? "pending-upload" : "not-accepted"}
              country={entry.input.country}
              at={entry.queuedAt}
            />
            <p className="report__text">{entry.input.description}</p>
            {entry.message ? (
              <p className="muted">
                {entry.state === "pending" ? `Last try: ${entry.message}` : entry.message}
              </p>
            ) : null}
            {entry.state === "rejected" ? (
              <div className="report__actions">
                <button type="button" className="button button--small" onClick={() => onEdit(entry)}>
                  Edit in the form
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onDiscard(entry.input.idempotencyKey)}
                >
                  Discard
                </button>
              </div>
            ) : null}
          </li>
        ))}
        {(alerts.data ?? []).map((alert) => (
          <ServerReport key={alert.id} alert={alert} />
        ))}
      </ul>
      {alerts.isError && !alerts.data ? (
        <ErrorState
          title="Your reports could not be loaded"
          error={alerts.error}
          onRetry={() => alerts.refetch()}
        />
      ) : !alerts.data ? (
        <LoadingState label="Loading your reports…" />
      ) : alerts.data.length + waiting.length === 0 ? (
        <p className="muted">No reports yet.</p>
      ) : null}
    </section>
  );
}

function ReportHeader({ state, country, at }: { state: ReportState; country: string; at: string }) {
  const text = REPORT_STATE_TEXT[state];
  return (
    <div className="report__header">
      <span className={`report-state report-state--${state}`} title={text.hint}>
        {text.label}
      </span>
      <strong>{getCountry(country)?.name ?? country}</strong>
      <time dateTime={at}>{formatMoment(at)}</time>
    </div>
  );
}

function ServerReport({ alert }: { alert: AlertView }) {
  const question = [...alert.events].reverse().find((event) => event.toStatus === "needs-info")?.note;
  const reason = [...alert.events].reverse().find((event) => event.toStatus === "dismissed")?.note;
  return (
    <li className="report" data-state={alert.status} data-alert-id={alert.id}>
      <ReportHeader state={alert.status} country={alert.country} at={alert.submittedAt} />
      <p className="report__text">{alert.description}</p>
      <p className="muted">Where: {describeAlertLocation(alert)}</p>
      <p className="muted">{REPORT_STATE_TEXT[alert.status].hint}</p>
      {alert.status === "dismissed" && reason ? <p className="report__note">Reason: {reason}</p> : null}
      {alert.status === "needs-info" && question ? <AnswerBox id={alert.id} question={question} /> : null}
    </li>
  );
}

function AnswerBox({ id, question }: { id: number; question: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState("");
  const send = useMutation(
    trpc.alert.answer.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alert.list.queryKey() }),
    }),
  );
  return (
    <form
      className="report__answer"
      onSubmit={(event) => {
        event.preventDefault();
        send.mutate({ id, answer });
      }}
    >
      <p className="report__note">Question from a coordinator: {question}</p>
      <label className="field">
        <span className="field__label">Your answer</span>
        <textarea rows={2} value={answer} onChange={(event) => setAnswer(event.target.value)} />
      </label>
      <button type="submit" className="button button--small" disabled={send.isPending}>
        Send answer
      </button>
      {send.error ? <p className="form-error">{describeError(send.error)}</p> : null}
    </form>
  );
}
