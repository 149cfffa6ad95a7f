import { createCallerFactory, router } from "../trpc.ts";
import { countryRouter } from "./country.ts";
import { feedRouter } from "./feed.ts";
import { itemRouter } from "./item.ts";
import { mapRouter } from "./map.ts";
import { snapshotRouter } from "./snapshot.ts";

/** The whole API; the key is the noun, so procedures are verbs: `map.countries`, `feed.refresh`. */
export const appRouter = router({
  map: mapRouter,
  country: countryRouter,
  item: itemRouter,
  feed: feedRouter,
  snapshot: snapshotRouter,
});

/** The API's type, the only thing the web app imports from the server. */
export type AppRouter = typeof appRouter;

/** Calls procedures in-process: `createCaller(await createContextInner({ db }))`. */
export const createCaller = createCallerFactory(appRouter);
