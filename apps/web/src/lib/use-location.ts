import { useSyncExternalStore } from "react";

// The URL is the single store of view state (filters, region, open country, page), so a link
// reproduces the view. This is the whole router: pathname for the page, search params for the rest.

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

function snapshot(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** The current location; components re-render when it changes. */
export interface AppLocation {
  pathname: string;
  search: string;
}

/** Subscribes to the browser location (pushState, replaceState via `navigate`, back and forward). */
export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  const queryStart = href.indexOf("?");
  return queryStart === -1
    ? { pathname: href, search: "" }
    : { pathname: href.slice(0, queryStart), search: href.slice(queryStart) };
}

/** Options for `navigate`. */
export interface NavigateOptions {
  /** Replace the history entry instead of adding one (for changes Back should skip). */
  isReplace?: boolean;
}

/** Goes to a same-origin path such as "/feeds" or "/?region=africa" without reloading. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  if (to === snapshot()) return;
  if (options.isReplace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  for (const listener of listeners) listener();
}
