import { AuditListSchema, AuditPageSchema, listAudit } from "@vigil/db";
import { adminProcedure, router } from "../trpc.ts";

/** The audit log: every status change, every view of a protected field, every account change. */
export const auditRouter = router({
  /** Entries newest first, by alert, actor or action; pass `nextBeforeId` back as `beforeId` for more. */
  list: adminProcedure
    .input(AuditListSchema)
    .output(AuditPageSchema)
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
});
