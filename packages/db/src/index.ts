export { clusterContributions, type ClusterMember, type Contribution } from "./cluster-contributions.ts";
export { type CountryRef, countriesInRegion, gazetteerCountries } from "./countries.ts";
export type * from "./database.ts";
export { dayOf, isoDateOfDay } from "./days.ts";
export { ConflictError, NotFoundError, ValidationError } from "./errors.ts";
export { MIGRATIONS, migrateToLatest } from "./migrations/migrate.ts";
export { type OpenDatabaseOptions, openDatabase, type VigilDatabase } from "./open-database.ts";
export { type CountryDetailOptions, countryDetail } from "./queries/country-detail.ts";
export {
  dueFeeds,
  FAILING_AFTER,
  feedHealth,
  type RecordFeedFailureOptions,
  type RecordFeedSuccessOptions,
  recordFeedFailure,
  recordFeedSuccess,
} from "./queries/feed-polling.ts";
export { createFeed, ensureAlertSource, getFeed, listFeeds, removeFeed, updateFeed } from "./queries/feeds.ts";
export { findItems } from "./queries/find-items.ts";
export { type MapCountriesOptions, mapCountries } from "./queries/map-countries.ts";
export { mapCountriesFromRawTables } from "./queries/map-countries-raw.ts";
export {
  CLUSTER_WINDOW_DAYS,
  StoreScoredItemsSchema,
  type StoreScoredItemsOptions,
  type StoreScoredItemsResult,
  storeScoredItems,
} from "./queries/store-items.ts";
export * from "./schemas/common.ts";
export * from "./schemas/country-detail.ts";
export * from "./schemas/feed.ts";
export * from "./schemas/find-items.ts";
export * from "./schemas/situation.ts";
export * from "./schemas/store-item.ts";
