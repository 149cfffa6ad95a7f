import { useCallback, useMemo } from "react";
import { navigate, useLocation } from "../../lib/use-location.ts";
import { parseView, serializeView, type ViewState } from "./view-state.ts";

/** The view state in the URL and a setter that writes a new URL (one history entry per change). */
export function useView(): [ViewState, (patch: Partial<ViewState>) => void] {
  const { pathname, search } = useLocation();
  const view = useMemo(() => parseView(search), [search]);
  const setView = useCallback(
    (patch: Partial<ViewState>) =>
      navigate(`${pathname}${serializeView({ ...parseView(window.location.search), ...patch })}`),
    [pathname],
  );
  return [view, setView];
}
