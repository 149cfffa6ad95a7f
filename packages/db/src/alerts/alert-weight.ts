import { UNVERIFIED_ALERT_FACTOR } from "@vigil/scoring";
import type { AlertStatus } from "../schemas/alert.ts";

/** What an alert's status means for the map: verified, unverified (any status before a decision), dismissed. */
export type Verification = "verified" | "unverified" | "dismissed";

/** The verification an alert's status stands for. */
export function verificationOf(status: AlertStatus): Verification {
  if (status === "verified") return "verified";
  if (status === "dismissed") return "dismissed";
  return "unverified";
}

/**
 * The reliability an alert's item is stored with (docs/SCORING.md): a verified alert counts in full,
 * an unverified one at UNVERIFIED_ALERT_FACTOR, a dismissed one not at all.
 */
export function alertWeight(status: AlertStatus): number {
  const verification = verificationOf(status);
  if (verification === "verified") return 1;
  if (verification === "dismissed") return 0;
  return UNVERIFIED_ALERT_FACTOR;
}
