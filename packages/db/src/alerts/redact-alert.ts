import type { AlertEvidence, AlertView } from "../schemas/alert-views.ts";
import type { AlertEventRecord, AlertRecord } from "./alert-record.ts";
import { verificationOf } from "./alert-weight.ts";
import { coarsenLocation } from "./coarsen-location.ts";
import { canSeeProtected, type Viewer } from "./viewer.ts";

/** What everyone who may not know the organisation reads instead of its name. */
export const REDACTED_ORGANISATION = "A member organisation";

/**
 * An alert as evidence for one viewer. The reporter, the organisation, the exact place and the links are
 * in `protected` only for admins, the organisation's coordinators and the reporter; everyone else gets
 * "A member organisation" and the place coarsened to the reporter's precision or coarser. Every
 * response and export that mentions an alert goes through here or redactAlert.
 */
export function alertEvidenceOf(alert: AlertRecord, viewer: Viewer | null): AlertEvidence {
  const isAllowed = canSeeProtected({ orgId: alert.orgId, reporterUserId: alert.reporter.userId }, viewer);
  return {
    alertId: alert.id,
    verification: verificationOf(alert.status),
    organisation: isAllowed ? alert.orgName : REDACTED_ORGANISATION,
    location: coarsenLocation(alert.country, alert.place),
    protected: isAllowed
      ? {
          reporter: { ...alert.reporter },
          organisation: { id: alert.orgId, name: alert.orgName },
          place: {
            precision: alert.place.precision,
            name: alert.place.name,
            district: alert.place.district,
            point: alert.place.point ? { ...alert.place.point } : null,
          },
          links: [...alert.links],
          idempotencyKey: alert.idempotencyKey,
        }
      : null,
  };
}

/** An alert with its timeline for one viewer (its reporter or a reviewer), redacted as alertEvidenceOf. */
export function redactAlert(
  alert: AlertRecord,
  events: readonly AlertEventRecord[],
  viewer: Viewer | null,
): AlertView {
  const { alertId, ...evidence } = alertEvidenceOf(alert, viewer);
  return {
    ...evidence,
    id: alertId,
    itemId: alert.itemId,
    status: alert.status,
    country: alert.country,
    occurredAt: alert.occurredAt,
    submittedAt: alert.submittedAt,
    updatedAt: alert.updatedAt,
    description: alert.description,
    indicators: [...alert.indicators],
    severity: alert.severity,
    knowledge: alert.knowledge,
    // Who acted is said by role only: reviewers' names are not the reporter's business, nor the reverse.
    events: events.map((event) => ({
      at: event.at,
      kind: event.kind,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      note: event.note,
      by: event.actorUserId !== null && event.actorUserId === alert.reporter.userId ? "reporter" : "reviewer",
    })),
  };
}
