import type { FeedHealth } from "../../lib/api-types.ts";
import {
  describeLastError,
  describeLastSuccess,
  describeNextAttempt,
  STATUS_TEXT,
} from "./feed-health-text.ts";

/** What a row's buttons ask for. */
export interface FeedActions {
  onRefresh: (id: number) => void;
  onEdit: (id: number) => void;
  onToggle: (id: number, isEnabled: boolean) => void;
  onRemove: (feed: FeedHealth) => void;
}

/** Props of FeedTable. */
export interface FeedTableProps extends FeedActions {
  feeds: readonly FeedHealth[];
  now: Date;
  /** Feeds being refreshed right now. */
  busyIds: ReadonlySet<number>;
}

/** Every feed's health, worst first, with its actions. */
export function FeedTable({ feeds, now, busyIds, onRefresh, onEdit, onToggle, onRemove }: FeedTableProps) {
  return (
    <table className="feed-table">
      <caption className="visually-hidden">Feeds by health, failing first</caption>
      <thead>
        <tr>
          <th scope="col">Feed</th>
          <th scope="col">Health</th>
          <th scope="col">Last success</th>
          <th scope="col">Last error</th>
          <th scope="col">Next attempt</th>
          <th scope="col" className="numeric-cell">
            Items
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {feeds.map((feed) => {
          const status = STATUS_TEXT[feed.status];
          const error = describeLastError(feed, now);
          return (
            <tr key={feed.id} data-feed-id={feed.id}>
              <th scope="row">
                <span className="feed-name">{feed.name}</span>
                <span className="feed-url">{feed.url}</span>
              </th>
              <td>
                <span className={`status-badge status-badge--${status.tone}`}>{status.label}</span>
              </td>
              <td>{describeLastSuccess(feed, now)}</td>
              <td className="feed-error">{error ?? <span className="muted">none</span>}</td>
              <td>{describeNextAttempt(feed, now)}</td>
              <td className="numeric-cell">{feed.itemsSeen.toLocaleString("en-US")}</td>
              <td className="feed-actions">
                <button
                  type="button"
                  className="button button--small"
                  disabled={busyIds.has(feed.id) || busyIds.has(-1)}
                  onClick={() => onRefresh(feed.id)}
                >
                  {busyIds.has(feed.id) ? "Refreshing…" : "Refresh"}
                </button>
                <button type="button" className="button button--small" onClick={() => onEdit(feed.id)}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onToggle(feed.id, !feed.enabled)}
                >
                  {feed.enabled ? "Disable" : "Enable"}
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => onRemove(feed)}
                >
                  Remove
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
