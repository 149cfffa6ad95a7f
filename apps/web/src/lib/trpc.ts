import { createTRPCClient, httpBatchStreamLink, httpLink, splitLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";
// The only thing the dashboard takes from the server: the API's type, erased at build time.
import type { AppRouter } from "@vigil/server/src/routers/root.ts";

/** Provider and hook for `useTRPC().map.countries.queryOptions(…)` and friends. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** What each procedure returns, e.g. `RouterOutputs["map"]["countries"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
/** What each procedure takes, e.g. `RouterInputs["item"]["list"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;

/**
 * A tRPC client for the API beside the dashboard (same origin, `/trpc`, so the session cookie goes
 * along); batched queries stream back one by one, so the map never waits for a slower list. Mutations
 * go one per request, unstreamed: signing in sets a cookie, which needs the headers unsent.
 */
export function createApiClient(origin = "") {
  const url = `${origin}/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (operation) => operation.type === "mutation",
        true: httpLink({ url }),
        false: httpBatchStreamLink({ url }),
      }),
    ],
  });
}
