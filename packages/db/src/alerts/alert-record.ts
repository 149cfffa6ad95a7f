import type { AlertSeverity, AlertStatus, KnowledgeSource } from "../schemas/alert.ts";
import type { ExactPlace } from "./coarsen-location.ts";

/** An alert with everything stored about it, as query functions read it before redaction. */
export interface AlertRecord {
  id: number;
  orgId: number;
  orgName: string;
  reporter: { userId: number | null; apiKeyId: number | null; name: string; email: string | null };
  itemId: number;
  idempotencyKey: string;
  country: string;
  place: ExactPlace;
  occurredAt: string;
  submittedAt: string;
  updatedAt: string;
  description: string;
  indicators: string[];
  severity: AlertSeverity;
  knowledge: KnowledgeSource;
  links: string[];
  status: AlertStatus;
}

/** One stored timeline entry, before it is told to a viewer. */
export interface AlertEventRecord {
  alertId: number;
  at: string;
  actorUserId: number | null;
  kind: "status" | "answer";
  fromStatus: AlertStatus | null;
  toStatus: AlertStatus | null;
  note: string | null;
}
