/** A role; what each may do is decided by the API (apps/server) and, for reporter data, by redactAlert. */
export type Role = "member" | "coordinator" | "analyst" | "admin";

/** Every role, least to most trusted. */
export const ROLES: readonly Role[] = ["member", "coordinator", "analyst", "admin"];

/**
 * Who is asking. Query functions that return evidence take it (null: nobody signed in, or the local
 * CLI) and redact reporter data for it; `ctx.viewer` on the API is one of these.
 */
export interface Viewer {
  userId: number;
  role: Role;
  orgId: number | null;
  /** A coordinator an admin allowed to review every organisation's alerts (not to see their reporters). */
  canReviewAllOrgs?: boolean;
}

/** The parts of an alert that decide who may see its reporter and exact place. */
export interface AlertOwnership {
  orgId: number;
  reporterUserId: number | null;
}

/**
 * Whether the viewer may see the alert's protected fields (reporter identity, organisation, exact
 * place, links): admins, coordinators of the alert's organisation, and the reporter themself.
 */
export function canSeeProtected(alert: AlertOwnership, viewer: Viewer | null): boolean {
  if (!viewer) return false;
  if (viewer.role === "admin") return true;
  if (viewer.role === "coordinator" && viewer.orgId === alert.orgId) return true;
  return alert.reporterUserId !== null && alert.reporterUserId === viewer.userId;
}

/** Whether the viewer may review (change the status of) alerts of this organisation. */
export function canReview(orgId: number, viewer: Viewer | null): boolean {
  if (!viewer) return false;
  if (viewer.role === "admin") return true;
  return viewer.role === "coordinator" && (viewer.orgId === orgId || viewer.canReviewAllOrgs === true);
}
