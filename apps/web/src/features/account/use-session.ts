import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "../../lib/trpc.ts";
import { useTRPC } from "../../lib/trpc.ts";

/** The signed-in user, as `auth.me` returns them. */
export type SessionUser = NonNullable<RouterOutputs["auth"]["me"]["user"]>;

// Asked again every minute, so a session ended elsewhere (revoked, expired) shows the sign-in page soon.
const SESSION_REFRESH_MS = 60_000;

/**
 * Who is signed in. A failed check (offline, server restarting) keeps the last answer: a member
 * writing a report on a weak connection is not thrown out of the form.
 */
export function useSession() {
  const trpc = useTRPC();
  return useQuery(
    trpc.auth.me.queryOptions(undefined, {
      staleTime: SESSION_REFRESH_MS,
      refetchInterval: SESSION_REFRESH_MS,
      retry: false,
    }),
  );
}

/** What a role may open: the map and evidence (readers), reporting, review. */
export function capabilitiesOf(user: SessionUser) {
  const isReader = user.role !== "member";
  const isReviewer = user.role === "coordinator" || user.role === "admin";
  const canReport = user.role !== "analyst" && user.organisation !== null;
  return { isReader, isReviewer, canReport };
}
