import type { Generated } from "kysely";

/**
 * Row types of the members-and-alerts tables (migration 0003). Kept beside database.ts so the news
 * tables and these can change independently; `Database` extends MemberTables.
 */

/** A coalition member organisation; its field alerts are stored under its own alert source. */
export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  /** The `sources` row (kind "alert") this organisation's alerts are stored under. */
  alert_source_id: number;
  created_at: string;
}

/** A person who signs in. Members and coordinators belong to an organisation; analysts and admins may not. */
export interface UsersTable {
  id: Generated<number>;
  /** Lower-cased; the login name. */
  email: string;
  name: string;
  role: "member" | "coordinator" | "analyst" | "admin";
  org_id: number | null;
  /** `scrypt$N$r$p$salt$hash`, base64url parts. */
  password_hash: string;
  /** 1 while the password is the one-time password printed at creation or reset. */
  must_change_password: number;
  /** 1 when an admin lets this coordinator review every organisation's alerts. */
  can_review_all_orgs: number;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A signed-in session; the id is the sha256 of the cookie's token, so a leaked table opens nothing. */
export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  /** The absolute expiry: the session ends then however active it is. */
  expires_at: string;
  revoked_at: string | null;
}

/** One failed login, counted per account (the email typed) and per client address. */
export interface LoginFailuresTable {
  id: Generated<number>;
  scope: "account" | "ip";
  subject: string;
  at: string;
}

/** An integration's key: it may submit alerts for its organisation. Only the sha256 is stored. */
export interface ApiKeysTable {
  id: Generated<number>;
  org_id: number;
  label: string;
  key_hash: string;
  /** The key's first characters, so people can tell keys apart without the secret. */
  key_prefix: string;
  created_by_user_id: number | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A field alert: what the reporter sent, who sent it, and where review stands. Scored as `item_id`. */
export interface AlertsTable {
  id: Generated<number>;
  org_id: number;
  reporter_user_id: number | null;
  reporter_api_key_id: number | null;
  idempotency_key: string;
  item_id: number;
  country: string;
  precision: "exact" | "district" | "country";
  place_name: string | null;
  district: string | null;
  lat: number | null;
  lon: number | null;
  occurred_at: string;
  description: string;
  /** JSON string[]: the indicators the reporter chose. */
  indicators: string;
  severity: "low" | "medium" | "high" | "critical";
  knowledge: "witnessed" | "trusted-contact" | "media" | "other";
  /** JSON string[]: links as typed; never fetched by the server. */
  links: string;
  status: "submitted" | "in-review" | "needs-info" | "verified" | "dismissed";
  submitted_at: string;
  updated_at: string;
}

/** An alert's timeline: status changes (with reason or question) and the reporter's answers. */
export interface AlertEventsTable {
  id: Generated<number>;
  alert_id: number;
  at: string;
  actor_user_id: number | null;
  kind: "status" | "answer";
  from_status: string | null;
  to_status: string | null;
  note: string | null;
}

/** Append-only: every status change, every view of a protected field, every account change. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_kind: "user" | "api-key" | "cli";
  actor_user_id: number | null;
  actor_api_key_id: number | null;
  action: string;
  alert_id: number | null;
  target_user_id: number | null;
  /** JSON object: what changed or which fields were seen. */
  detail: string;
}

/** The members-and-alerts part of the Kysely database type. */
export interface MemberTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  api_keys: ApiKeysTable;
  alerts: AlertsTable;
  alert_events: AlertEventsTable;
  audit_log: AuditLogTable;
}
