export { type ClusterMember, type Contribution, clusterContributions } from "./cluster-contributions.ts";
export { type CountryRef, gazetteerCountries, selectCountries } from "./countries.ts";
export type * from "./database.ts";
export { RISK_FACTOR_IDS } from "./database.ts";
export { dayOf, isoDateOfDay } from "./days.ts";
export { ConflictError, NotFoundError, ValidationError } from "./errors.ts";
export { MIGRATIONS, migrateToLatest } from "./migrations/migrate.ts";
export { type OpenDatabaseOptions, openDatabase, type VigilDatabase } from "./open-database.ts";
export { ensureAlertSource } from "./queries/alert-sources.ts";
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
export { FEED_COLUMNS, toFeed } from "./queries/feed-row.ts";
export { createFeed, getFeed, listFeeds, removeFeed, updateFeed } from "./queries/feeds.ts";
export { findItems } from "./queries/find-items.ts";
export { type MapCountriesOptions, mapCountries } from "./queries/map-countries.ts";
export { mapCountriesFromRawTables } from "./queries/map-countries-raw.ts";
export { type SetItemReliabilityOptions, setItemReliability } from "./queries/set-item-reliability.ts";
export {
  CLUSTER_WINDOW_DAYS,
  type StoreScoredItemsOptions,
  type StoreScoredItemsResult,
  StoreScoredItemsSchema,
  storeScoredItems,
} from "./queries/store-items.ts";
export * from "./schemas/common.ts";
export * from "./schemas/country-detail.ts";
export * from "./schemas/feed.ts";
export * from "./schemas/find-items.ts";
export * from "./schemas/situation.ts";
export * from "./schemas/store-item.ts";
