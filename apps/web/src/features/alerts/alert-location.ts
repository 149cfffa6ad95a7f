import type { ItemSummary } from "../../lib/api-types.ts";

type AlertEvidence = NonNullable<ItemSummary["alert"]>;

/**
 * Where an alert happened, in words, as far as the server let this viewer know: the exact place for
 * those allowed to see it, else the district, the ~10 km square, or only the country (the server has
 * already coarsened it; the browser never sees more than it shows).
 */
export function describeAlertLocation(alert: Pick<AlertEvidence, "location" | "protected">): string {
  const place = alert.protected?.place;
  if (place && place.precision !== "country") {
    const parts = [
      place.name,
      place.point ? `${place.point.lat.toFixed(4)}, ${place.point.lon.toFixed(4)}` : null,
      place.district ? `${place.district} district` : null,
    ].filter(Boolean);
    if (parts.length > 0) return `${parts.join(" · ")} (exact, protected)`;
  }
  const { location } = alert;
  if (location.level === "grid" && location.grid) {
    const near = `${location.grid.lat.toFixed(2)}, ${location.grid.lon.toFixed(2)}`;
    return `within ~${location.grid.km} km of ${near}${location.district ? ` (${location.district})` : ""}`;
  }
  if (location.level === "district" && location.district) return `${location.district} district`;
  return "country only";
}

/** "Field alert · unverified": the words every evidence list shows next to an alert. */
export function describeAlertSource(alert: Pick<AlertEvidence, "verification"> | null): string {
  if (!alert) return "Field alert";
  return alert.verification === "verified"
    ? "Field alert · verified"
    : "Field alert · unverified (counts half)";
}
