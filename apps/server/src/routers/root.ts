import { createCallerFactory, router } from "../trpc.ts";
import { alertRouter } from "./alert.ts";
import { apikeyRouter } from "./apikey.ts";
import { auditRouter } from "./audit.ts";
import { authRouter } from "./auth.ts";
import { countryRouter } from "./country.ts";
import { feedRouter } from "./feed.ts";
import { itemRouter } from "./item.ts";
import { mapRouter } from "./map.ts";
import { orgRouter } from "./org.ts";
import { reviewRouter } from "./review.ts";
import { snapshotRouter } from "./snapshot.ts";
import { userRouter } from "./user.ts";

/** The whole API; the key is the noun, so procedures are verbs: `map.countries`, `feed.refresh`. */
export const appRouter = router({
  map: mapRouter,
  country: countryRouter,
  item: itemRouter,
  feed: feedRouter,
  snapshot: snapshotRouter,
  alert: alertRouter,
  review: reviewRouter,
  auth: authRouter,
  user: userRouter,
  org: orgRouter,
  apikey: apikeyRouter,
  audit: auditRouter,
});

/** The API's type, the only thing the web app imports from the server. */
export type AppRouter = typeof appRouter;

/** Calls procedures in-process: `createCaller(await createContextInner({ db, viewer }))`. */
export const createCaller = createCallerFactory(appRouter);
