import { z } from "zod";

/** Who did something: a signed-in user, an integration's API key, or the local command line. */
export const AuditActorSchema = z.object({
  kind: z.enum(["user", "api-key", "cli"]),
  userId: z.number().int().nullable(),
  apiKeyId: z.number().int().nullable(),
});
export type AuditActor = z.infer<typeof AuditActorSchema>;

/** An audit entry as written. `action` names what happened: "alert.status", "alert.view-protected", … */
export interface AuditEntry {
  at: Date;
  actor: AuditActor;
  action: string;
  alertId?: number | null;
  targetUserId?: number | null;
  detail: Record<string, unknown>;
}

/** `audit.list` input: newest first, filtered, one page at a time (pass `nextBeforeId` back as `beforeId`). */
export const AuditListSchema = z.object({
  alertId: z.number().int().positive().optional(),
  actorUserId: z.number().int().positive().optional(),
  action: z.string().max(60).optional(),
  beforeId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type AuditListInput = z.input<typeof AuditListSchema>;

/** An audit entry as `audit.list` returns it, with the actor's email when it was a user. */
export const AuditRecordSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: AuditActorSchema.extend({ email: z.string().nullable() }),
  action: z.string(),
  alertId: z.number().int().nullable(),
  targetUserId: z.number().int().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

/** `audit.list` output. */
export const AuditPageSchema = z.object({
  entries: z.array(AuditRecordSchema),
  nextBeforeId: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;
