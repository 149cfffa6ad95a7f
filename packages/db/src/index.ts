// Members and field alerts (issue 5).
export * from "./alert-schemas.ts";
export type { AlertEventRecord, AlertRecord } from "./alerts/alert-record.ts";
export {
  ALERT_TITLE_LENGTH,
  alertScore,
  alertTitleAndText,
  REPORTER_INDICATOR_WEIGHT,
  SEVERITY_FLOOR,
} from "./alerts/alert-score.ts";
export { alertWeight, type Verification, verificationOf } from "./alerts/alert-weight.ts";
export {
  type CoarseLocation,
  coarsenLocation,
  type ExactPlace,
  gridCell,
  LOCATION_GRID_KM,
} from "./alerts/coarsen-location.ts";
export { findProtectedViews, type ProtectedView } from "./alerts/protected-views.ts";
export { alertEvidenceOf, REDACTED_ORGANISATION, redactAlert } from "./alerts/redact-alert.ts";
export {
  type AlertOwnership,
  canReview,
  canSeeProtected,
  ROLES,
  type Role,
  type Viewer,
} from "./alerts/viewer.ts";
export { type ClusterMember, type Contribution, clusterContributions } from "./cluster-contributions.ts";
export { type CountryRef, gazetteerCountries, selectCountries } from "./countries.ts";
export type * from "./database.ts";
export { RISK_FACTOR_IDS } from "./database.ts";
export type * from "./database-members.ts";
export { dayOf, isoDateOfDay } from "./days.ts";
export { ConflictError, NotFoundError, ValidationError } from "./errors.ts";
export { MIGRATIONS, migrateToLatest } from "./migrations/migrate.ts";
export {
  type OpenDatabaseOptions,
  openDatabase,
  type VigilDatabase,
  withBulkCheckpoints,
} from "./open-database.ts";
export { ensureAlertSource } from "./queries/alert-sources.ts";
export { alertEvidenceByItem } from "./queries/alerts/alert-evidence.ts";
export { getAlert, listOwnAlerts, listReviewQueue, OPEN_STATUSES } from "./queries/alerts/list-alerts.ts";
export { answerAlert, reviewAlerts } from "./queries/alerts/review-alerts.ts";
export {
  type AlertReporter,
  loadAlertRecord,
  type SubmitAlertOptions,
  submitAlert,
} from "./queries/alerts/submit-alert.ts";
export { createApiKey, getApiKey, listApiKeys, revokeApiKey, useApiKey } from "./queries/api-keys.ts";
export { listAudit, recordAudit } from "./queries/audit-log.ts";
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
export { ensureImportSource, type ImportSourceOptions } from "./queries/import-source.ts";
export {
  clearLoginFailures,
  countLoginFailures,
  type LoginFailureScope,
  pruneLoginFailures,
  recordLoginFailure,
} from "./queries/login-failures.ts";
export { type MapCountriesOptions, mapCountries } from "./queries/map-countries.ts";
export { mapCountriesFromRawTables } from "./queries/map-countries-raw.ts";
export { createOrganisation, getOrganisationByName, listOrganisations } from "./queries/organisations.ts";
export {
  createSession,
  findSession,
  revokeSession,
  revokeUserSessions,
  type SessionWithUser,
  touchSession,
} from "./queries/sessions.ts";
export { type SetItemReliabilityOptions, setItemReliability } from "./queries/set-item-reliability.ts";
export { type SnapshotContentOptions, snapshotContent } from "./queries/snapshot-content.ts";
export {
  type CreateSnapshotOptions,
  createSnapshot,
  getSnapshot,
  listSnapshots,
  snapshotPath,
  summaryOf,
} from "./queries/snapshots.ts";
export {
  CLUSTER_WINDOW_DAYS,
  type StoreScoredItemsOptions,
  type StoreScoredItemsResult,
  StoreScoredItemsSchema,
  storeScoredBatches,
  storeScoredItems,
} from "./queries/store-items.ts";
export {
  createUser,
  findLoginAccount,
  getUser,
  type LoginAccount,
  listUsers,
  passwordHashOf,
  setPasswordHash,
  updateUser,
  viewerOf,
} from "./queries/users.ts";
export { type ViewCountsOptions, viewCounts } from "./queries/view-counts.ts";
export * from "./schemas/account.ts";
export * from "./schemas/alert-views.ts";
export * from "./schemas/audit.ts";
export * from "./schemas/common.ts";
export * from "./schemas/country-detail.ts";
export * from "./schemas/feed.ts";
export * from "./schemas/find-items.ts";
export * from "./schemas/situation.ts";
export * from "./schemas/snapshot.ts";
export * from "./schemas/snapshot-view.ts";
export * from "./schemas/store-item.ts";
export {
  type BuildSnapshotContentOptions,
  buildSnapshotContent,
  liveDocument,
  sealContent,
  type ViewCounts,
} from "./snapshots/build-snapshot.ts";
export { CanonicalJsonError, canonicalJson, sha256Hex } from "./snapshots/canonical-json.ts";
export {
  canonicalFilters,
  describeFilters,
  regionLabel,
  type ViewFilterOptions,
} from "./snapshots/snapshot-filters.ts";
