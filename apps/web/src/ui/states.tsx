import type { ReactNode } from "react";
import { AppLink } from "./app-link.tsx";

/** A placeholder while something loads: a spinner and what is coming, announced politely. */
export function LoadingState({ label, className = "" }: { label: string; className?: string }) {
  return (
    <div className={`state state--loading ${className}`} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/**
 * An error in words an analyst can act on. The browser's own words for a refused connection ("Failed
 * to fetch") say nothing useful, so those become a sentence about the server.
 */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/failed to fetch|networkerror|load failed|fetch failed/i.test(message)) {
    return "The Vigil server did not answer: check that it is running (pnpm start), then try again.";
  }
  return message;
}

/** Something went wrong: what, and a way to try again. */
export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const message = describeError(error);
  return (
    <div className="state state--error" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** Nothing to show, and what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <strong>{title}</strong>
      {children}
    </div>
  );
}

/** The empty database: how to get data in. */
export function NoDataYet() {
  return (
    <EmptyState title="No data yet: add feeds or import saved ones">
      <p>
        Add a news feed on the <AppLink href="/feeds">Feeds page</AppLink>, or import saved feed files from
        the command line:
      </p>
      <pre className="command">
        <code>pnpm vigil import PATH</code>
      </pre>
    </EmptyState>
  );
}
