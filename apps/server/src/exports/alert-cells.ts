import type { AlertEvidence } from "@vigil/db";

/** An alert's place as everyone may read it: "Tawila, SD (~10 km cell at 13.5, 24.9)", "SD". */
export function coarseLocationText(location: AlertEvidence["location"]): string {
  const where = [location.district, location.iso2].filter(Boolean).join(", ");
  return location.grid
    ? `${where} (~${location.grid.km} km cell at ${location.grid.lat}, ${location.grid.lon})`
    : where;
}

/**
 * The alert columns of an evidence row. Reporter and exact place come only from `protected`, which the
 * query functions fill for admins, the organisation's coordinators and the reporter, and leave null for
 * everyone else: an export can never hold more than the API gave the same person.
 */
export function alertCells(alert: AlertEvidence | null): (string | number | null)[] {
  if (!alert) return [null, null, null, null, null];
  const shown = alert.protected;
  const reporter = shown
    ? [shown.reporter.name, shown.reporter.email && `<${shown.reporter.email}>`].filter(Boolean).join(" ")
    : null;
  const place = shown
    ? [
        shown.place.name,
        shown.place.district,
        shown.place.point && `${shown.place.point.lat}, ${shown.place.point.lon}`,
      ]
        .filter(Boolean)
        .join("; ")
    : null;
  return [alert.alertId, alert.verification, coarseLocationText(alert.location), reporter, place];
}

/** Column names for alertCells. */
export const ALERT_COLUMNS = ["alert_id", "alert_verification", "alert_location", "reporter", "exact_place"];
