import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
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

/** A tRPC client for the API beside the dashboard (same origin, `/trpc`); batched calls stream back one by one, so the map never waits for a slower list. */
export function createApiClient(origin = "") {
  return createTRPCClient<AppRouter>({ links: [httpBatchStreamLink({ url: `${origin}/trpc` })] });
}
