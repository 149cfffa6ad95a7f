import { ALERT_STATUS_LABELS } from "@vigil/db/alert-schemas";
import { getCountry } from "@vigil/gazetteer/countries";
import { getIndicator } from "@vigil/taxonomy";
import { Fragment, useState } from "react";
import { formatMoment, formatRelative } from "../../lib/format.ts";
import type { RouterOutputs } from "../../lib/trpc.ts";
import { describeAlertLocation } from "../alerts/alert-location.ts";

type QueuedAlert = RouterOutputs["review"]["list"][number];

/** Props of ReviewTable. */
export interface ReviewTableProps {
  alerts: readonly QueuedAlert[];
  selectedIds: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onToggleAll: () => void;
  now: Date;
}

/** The queue, oldest first, with a checkbox per alert for bulk actions and details on demand. */
export function ReviewTable({ alerts, selectedIds, onToggle, onToggleAll, now }: ReviewTableProps) {
  const [openId, setOpenId] = useState<number | null>(null);
  const isAllSelected = alerts.length > 0 && alerts.every((alert) => selectedIds.has(alert.id));
  return (
    <table className="review-table">
      <thead>
        <tr>
          <th scope="col">
            <input type="checkbox" aria-label="Select all" checked={isAllSelected} onChange={onToggleAll} />
          </th>
          <th scope="col">Submitted</th>
          <th scope="col">Country</th>
          <th scope="col">Status</th>
          <th scope="col">Severity</th>
          <th scope="col">Report</th>
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {alerts.map((alert) => (
          <Fragment key={alert.id}>
            <tr data-alert-id={alert.id} data-status={alert.status}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select alert ${alert.id}`}
                  checked={selectedIds.has(alert.id)}
                  onChange={() => onToggle(alert.id)}
                />
              </td>
              <td title={formatMoment(alert.submittedAt)}>{formatRelative(alert.submittedAt, now)}</td>
              <td>{getCountry(alert.country)?.name ?? alert.country}</td>
              <td>
                <span className={`report-state report-state--${alert.status}`}>
                  {ALERT_STATUS_LABELS[alert.status]}
                </span>
              </td>
              <td>{alert.severity}</td>
              <td>
                <button
                  type="button"
                  className="link-button review-table__summary"
                  onClick={() => setOpenId(openId === alert.id ? null : alert.id)}
                  aria-expanded={openId === alert.id}
                >
                  {alert.description.length > 90 ? `${alert.description.slice(0, 88)}…` : alert.description}
                </button>
              </td>
              <td>
                {alert.protected
                  ? `${alert.protected.reporter.name} · ${alert.organisation}`
                  : alert.organisation}
              </td>
            </tr>
            {openId === alert.id ? (
              <tr className="review-table__details">
                <td />
                <td colSpan={6}>
                  <AlertDetails alert={alert} />
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function AlertDetails({ alert }: { alert: QueuedAlert }) {
  return (
    <div className="alert-details">
      <p className="report__text">{alert.description}</p>
      <dl>
        <dt>Happened</dt>
        <dd>{formatMoment(alert.occurredAt)}</dd>
        <dt>Where</dt>
        <dd>{describeAlertLocation(alert)}</dd>
        <dt>How the reporter knows</dt>
        <dd>{alert.knowledge}</dd>
        <dt>Indicators chosen</dt>
        <dd>{alert.indicators.map((id) => `${id} ${getIndicator(id)?.name ?? ""}`).join("; ") || "none"}</dd>
        {alert.protected ? (
          <>
            <dt>Reporter (protected)</dt>
            <dd>
              {alert.protected.reporter.name}
              {alert.protected.reporter.email ? ` <${alert.protected.reporter.email}>` : ""}
            </dd>
            <dt>Links (never opened by the server)</dt>
            <dd>{alert.protected.links.join(" ") || "none"}</dd>
          </>
        ) : (
          <>
            <dt>Reporter</dt>
            <dd>Hidden: another organisation's reporter</dd>
          </>
        )}
      </dl>
      {alert.events.length > 0 ? (
        <ol className="alert-details__timeline">
          {alert.events.map((event) => (
            <li key={`${event.at}-${event.kind}-${event.toStatus}`}>
              {formatMoment(event.at)} · {event.by} ·{" "}
              {event.kind === "answer" ? "answered" : ALERT_STATUS_LABELS[event.toStatus ?? "submitted"]}
              {event.note ? `: ${event.note}` : ""}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
