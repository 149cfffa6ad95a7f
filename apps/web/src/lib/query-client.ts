import { QueryCache, QueryClient } from "@tanstack/react-query";

/** How often live views ask the server again; the poller adds items every few minutes at most. */
export const REFRESH_INTERVAL_MS = 60_000;

/** Data younger than this is shown without asking again (switching filters back and forth is instant). */
export const STALE_TIME_MS = 30_000;

/** The app's query cache: fresh for 30 s, one retry, no refetch storm when the tab regains focus. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // A session that ended (revoked, expired, idle) shows the sign-in page at the next refused query.
    queryCache: new QueryCache({
      onError(error) {
        const code = (error as { data?: { code?: string } }).data?.code;
        if (code === "UNAUTHORIZED") void client.invalidateQueries({ queryKey: [["auth", "me"]] });
      },
    }),
    defaultOptions: {
      queries: { staleTime: STALE_TIME_MS, retry: 1, refetchOnWindowFocus: false },
    },
  });
  return client;
}
