import {
  ApiKeyCreateSchema,
  ApiKeySchema,
  createApiKey,
  getOrganisationByName,
  listApiKeys,
  recordAudit,
  revokeApiKey,
} from "@vigil/db";
import { z } from "zod";
import { generateApiKey } from "../auth/tokens.ts";
import { actorOf, adminProcedure, router } from "../trpc.ts";

/** Keys for integrations (an SMS gateway, a partner's system) that submit alerts for one organisation. */
export const apikeyRouter = router({
  /** Creates a key and returns it once; only its sha256 is stored. Use it as `Authorization: Bearer <key>`. */
  create: adminProcedure
    .input(ApiKeyCreateSchema)
    .output(z.object({ apiKey: ApiKeySchema, key: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const organisation = await getOrganisationByName(ctx.db, input.organisation);
      const { key, hash, prefix } = generateApiKey();
      const apiKey = await createApiKey(ctx.db, {
        orgId: organisation.id,
        label: input.label,
        keyHash: hash,
        keyPrefix: prefix,
        createdByUserId: ctx.viewer?.userId ?? null,
        now,
      });
      await recordAudit(ctx.db, [
        {
          at: now,
          actor: actorOf(ctx),
          action: "apikey.create",
          detail: { id: apiKey.id, organisation: organisation.name },
        },
      ]);
      return { apiKey, key };
    }),
  /** Every key (never the key itself). */
  list: adminProcedure.output(z.array(ApiKeySchema)).query(({ ctx }) => listApiKeys(ctx.db)),
  /** Revokes a key at once. */
  revoke: adminProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .output(ApiKeySchema)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const apiKey = await revokeApiKey(ctx.db, { id: input.id, now });
      await recordAudit(ctx.db, [
        { at: now, actor: actorOf(ctx), action: "apikey.revoke", detail: { id: input.id } },
      ]);
      return apiKey;
    }),
});
