import { ALERT_STATUS_LABELS, type AlertStatus } from "@vigil/db/alert-schemas";

/** A report's state as its reporter sees it: the server's statuses plus the device's own. */
export type ReportState = AlertStatus | "pending-upload" | "not-accepted";

/** Each state in words and what it means for the reporter. */
export const REPORT_STATE_TEXT: Record<ReportState, { label: string; hint: string }> = {
  "pending-upload": {
    label: "Pending upload",
    hint: "Saved on this device; it is sent as soon as there is a connection.",
  },
  "not-accepted": {
    label: "Not accepted",
    hint: "The server refused it; edit it in the form and send again.",
  },
  submitted: { label: ALERT_STATUS_LABELS.submitted, hint: "Received; waiting for a coordinator." },
  "in-review": { label: ALERT_STATUS_LABELS["in-review"], hint: "A coordinator is checking it." },
  "needs-info": { label: ALERT_STATUS_LABELS["needs-info"], hint: "A coordinator asked a question below." },
  verified: { label: ALERT_STATUS_LABELS.verified, hint: "Verified: it counts in full on the map." },
  dismissed: {
    label: ALERT_STATUS_LABELS.dismissed,
    hint: "Dismissed by a coordinator; the reason is below.",
  },
};
